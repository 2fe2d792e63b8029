import { describe, expect, it } from 'vitest';
import { formatCountdown, secondsUntil } from '../../../../renderer/logic/countdown.js';

describe('guard countdown', () => {
  it('shows minutes and two-digit seconds', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(5)).toBe('0:05');
    expect(formatCountdown(59)).toBe('0:59');
    expect(formatCountdown(60)).toBe('1:00');
    expect(formatCountdown(75)).toBe('1:15');
    expect(formatCountdown(20 * 60)).toBe('20:00');
  });

  it('never shows a negative or fractional wait', () => {
    expect(formatCountdown(-3)).toBe('0:00');
    expect(formatCountdown(9.7)).toBe('0:09');
  });

  it('rounds the time left up to whole seconds, so it never reads 0:00 while still waiting', () => {
    const now = Date.parse('2026-01-01T12:00:00.000Z');
    expect(secondsUntil('2026-01-01T12:00:00.200Z', now)).toBe(1);
    expect(secondsUntil('2026-01-01T12:20:00.000Z', now)).toBe(1200);
  });

  it('is zero once the moment has passed, or when there is no readable moment', () => {
    const now = Date.parse('2026-01-01T12:00:00.000Z');
    expect(secondsUntil('2026-01-01T11:59:59.000Z', now)).toBe(0);
    expect(secondsUntil(null, now)).toBe(0);
    expect(secondsUntil('not a date', now)).toBe(0);
  });
});
