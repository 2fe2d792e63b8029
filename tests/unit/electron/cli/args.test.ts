import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE_ERROR, type ArgSpec } from '../../../../electron/cli/args.js';

const spec: ArgSpec = {
  flags: {
    dir: { kind: 'string' },
    days: { kind: 'string' },
    json: { kind: 'boolean' },
    tag: { kind: 'string', repeatable: true },
  },
  refused: { password: 'Put the password in BOTLOGIN_P12_PASSWORD instead.' },
  minPositionals: 0,
  maxPositionals: Infinity,
};

describe('parseArgs', () => {
  it('reads --flag value, --flag=value, booleans and positionals in order', () => {
    const r = parseArgs(['a.crt', '--dir', '/tmp/x', '--days=30', '--json', 'b.key'], spec);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.strings).toEqual({ dir: '/tmp/x', days: '30' });
    expect(r.value.booleans.has('json')).toBe(true);
    expect(r.value.positionals).toEqual(['a.crt', 'b.key']);
  });

  it('keeps values that contain "=" or start with a single dash', () => {
    const r = parseArgs(['--dir=a=b', '--days', '-5'], spec);
    expect(r.ok && r.value.strings).toEqual({ dir: 'a=b', days: '-5' });
  });

  it('collects repeatable flags and treats everything after -- as positional', () => {
    const r = parseArgs(['--tag', 'x', '--tag=y', '--', '--json'], spec);
    expect(r.ok && r.value.lists.tag).toEqual(['x', 'y']);
    expect(r.ok && r.value.positionals).toEqual(['--json']);
    expect(r.ok && r.value.booleans.has('json')).toBe(false);
  });

  it.each([
    [['--nope'], /Unknown option "--nope"/],
    [['-x'], /Unknown option "-x"/],
    [['--json=yes'], /takes no value/],
    [['--dir'], /needs a value/],
    [['--dir', '--json'], /needs a value/],
    [['--dir', 'a', '--dir', 'b'], /more than once/],
    [['--password', 'secret'], /BOTLOGIN_P12_PASSWORD/],
    [['--password=secret'], /BOTLOGIN_P12_PASSWORD/],
    [['--constructor', 'x'], /Unknown option/],
  ])('refuses %j with a plain usage message', (args, message) => {
    const r = parseArgs(args, spec);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(USAGE_ERROR);
    expect(r.error.message).toMatch(message);
  });

  it('checks the number of positionals', () => {
    const few = parseArgs([], { flags: {}, minPositionals: 1, maxPositionals: Infinity });
    expect(!few.ok && few.error.message).toMatch(/at least one file/);
    const many = parseArgs(['extra'], { flags: {} });
    expect(!many.ok && many.error.message).toMatch(/Unexpected "extra"/);
  });
});
