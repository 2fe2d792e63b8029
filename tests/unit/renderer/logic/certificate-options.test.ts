import { describe, expect, it } from 'vitest';
import { parseValidityDays } from '../../../../renderer/logic/certificate-options.js';

describe('"Valid for (days)"', () => {
  it('takes whole numbers from 1 to 3650', () => {
    expect(parseValidityDays('365')).toEqual({ ok: true, days: 365 });
    expect(parseValidityDays(' 1 ')).toEqual({ ok: true, days: 1 });
    expect(parseValidityDays('3650')).toEqual({ ok: true, days: 3650 });
  });

  it('refuses anything else', () => {
    for (const bad of ['', '0', '3651', '-5', '1.5', '1e3', 'abc'])
      expect(parseValidityDays(bad)).toEqual({ ok: false });
  });
});
