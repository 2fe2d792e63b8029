import { describe, expect, it } from 'vitest';
import {
  createUpdateFlow,
  ONE_DAY_MS,
  type CheckOutcome,
  type UpdateSource,
} from '../../../../../electron/core/updates/update-flow.js';

interface Setup {
  readonly outcomes?: CheckOutcome[];
  readonly mode?: UpdateSource['mode'];
  readonly auto?: boolean;
  readonly lastCheck?: string | null;
  readonly busy?: () => boolean;
}

const NOW = new Date('2026-12-06T10:00:00Z');

function setup(opts: Setup = {}) {
  const outcomes = [...(opts.outcomes ?? [])];
  const record = { checks: 0, installs: 0, lastCheck: opts.lastCheck ?? null };
  const source: UpdateSource = {
    mode: opts.mode ?? 'self',
    downloadUrl: opts.mode === 'download' ? 'https://github.com/o/r/releases/latest' : null,
    check(onDownloading) {
      record.checks += 1;
      const next = outcomes.shift() ?? { kind: 'up-to-date' };
      if (next.kind === 'downloaded') onDownloading(next.version);
      return Promise.resolve(next);
    },
    installNow() {
      record.installs += 1;
    },
  };
  const flow = createUpdateFlow({
    source,
    preferences: {
      checkAutomatically: () => opts.auto ?? true,
      lastCheck: () => record.lastCheck,
      setLastCheck: (at) => {
        record.lastCheck = at;
      },
    },
    busy: opts.busy ?? (() => false),
    now: () => NOW,
  });
  return { flow, record };
}

describe('the update flow', () => {
  it('checks at start at most once a day, and not at all when the setting is off', async () => {
    const fresh = setup();
    await fresh.flow.checkIfDue();
    expect(fresh.record.checks).toBe(1);
    expect(fresh.record.lastCheck).toBe(NOW.toISOString());
    await fresh.flow.checkIfDue();
    expect(fresh.record.checks).toBe(1);

    const yesterday = setup({ lastCheck: new Date(NOW.getTime() - ONE_DAY_MS).toISOString() });
    await yesterday.flow.checkIfDue();
    expect(yesterday.record.checks).toBe(1);
    const anHourAgo = setup({ lastCheck: new Date(NOW.getTime() - 3_600_000).toISOString() });
    await anHourAgo.flow.checkIfDue();
    expect(anHourAgo.record.checks).toBe(0);

    const off = setup({ auto: false });
    await off.flow.checkIfDue();
    expect(off.record.checks).toBe(0);
    await off.flow.checkNow(); // "Check for updates" works with the setting off
    expect(off.record.checks).toBe(1);
  });

  it('a downloaded version is ready; "Restart now" installs it unless something is under way', async () => {
    let busy = true;
    const { flow, record } = setup({ outcomes: [{ kind: 'downloaded', version: '1.2.0' }], busy: () => busy });
    expect(flow.restartNow()).toMatchObject({ ok: false, error: { code: 'NO_UPDATE_READY' } });
    expect(await flow.checkNow()).toEqual({ kind: 'ready', version: '1.2.0' });
    expect(flow.restartNow()).toMatchObject({ ok: false, error: { code: 'UPDATE_BUSY' } });
    expect(record.installs).toBe(0);
    busy = false;
    expect(flow.restartNow()).toEqual({ ok: true, value: null });
    expect(record.installs).toBe(1);
  });

  it('unreachable: silent, the status and the last check stay as they were', async () => {
    const { flow, record } = setup({ outcomes: [{ kind: 'up-to-date' }, { kind: 'unreachable' }] });
    const first = await flow.checkNow();
    const at = record.lastCheck;
    expect(await flow.checkNow()).toEqual(first);
    expect(record.lastCheck).toBe(at);
  });

  it('a bad checksum or signature is refused, and a ready version stays ready after an empty check', async () => {
    const refused = setup({ outcomes: [{ kind: 'refused', version: '2.0.0', reason: 'signature' }] });
    expect(await refused.flow.checkNow()).toEqual({ kind: 'refused', version: '2.0.0', reason: 'signature' });
    const ready = setup({ outcomes: [{ kind: 'downloaded', version: '2.0.0' }, { kind: 'up-to-date' }] });
    await ready.flow.checkNow();
    expect(await ready.flow.checkNow()).toEqual({ kind: 'ready', version: '2.0.0' });
  });

  it('a deb says where to download and never checks; two checks at once are one', async () => {
    const deb = setup({ mode: 'download' });
    expect(await deb.flow.checkNow()).toEqual({
      kind: 'unavailable',
      how: 'download',
      downloadUrl: 'https://github.com/o/r/releases/latest',
    });
    expect(deb.record.checks).toBe(0);
    const { flow, record } = setup();
    await Promise.all([flow.checkNow(), flow.checkNow()]);
    expect(record.checks).toBe(1);
  });
});
