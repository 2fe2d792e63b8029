import { describe, expect, it } from 'vitest';
import { FAULT_CLASSES, type FaultCode } from '../../../../shared/codes.js';
import { generateCommand } from '../../../../electron/cli/generate.js';
import { inspectCommand } from '../../../../electron/cli/inspect.js';
import { exitCodeForFault } from '../../../../electron/cli/exit-codes.js';
import { loginCommand } from '../../../../electron/cli/login.js';
import { recordingIo } from '../../../support/cli-io.js';

/** The faults that exited 3 before each fault declared its class (the hand list it replaces). */
const NO_ANSWER: readonly FaultCode[] = [
  'DNS_NOT_FOUND',
  'CONNECTION_REFUSED',
  'CONNECTION_RESET',
  'TIMEOUT',
  'SERVER_CERT_UNTRUSTED',
  'SERVER_CERT_WRONG_HOST',
  'CLIENT_CERT_REJECTED',
  'PROXY',
  'UNEXPECTED_ANSWER',
  'NETWORK_ERROR',
  'TLS_ERROR',
  'DATA_DIR_UNWRITABLE',
  'LOGIN_FAILED_UNEXPECTEDLY',
];
const HELD_BACK: readonly FaultCode[] = ['GUARD_RATE_LIMITED', 'GUARD_BANNED', 'GUARD_PASSWORD_CHECK', 'GUARD_BUSY'];

describe('CLI exit codes', () => {
  it.each(Object.keys(FAULT_CLASSES) as FaultCode[])(
    '%s exits as before (3 no answer, 4 held back, else 2)',
    (code) => {
      const expected = NO_ANSWER.includes(code) ? 3 : HELD_BACK.includes(code) ? 4 : 2;
      expect(exitCodeForFault(code)).toBe(expected);
    },
  );

  it('gives certificate-file and usage errors exit 2', () => {
    expect(exitCodeForFault('FILE_NOT_FOUND')).toBe(2);
    expect(exitCodeForFault('USAGE')).toBe(2);
  });
});

describe('one opening, one JSON error shape', () => {
  it.each([
    ['generate', generateCommand, ['--json']],
    ['inspect', inspectCommand, ['--json', '--bogus']],
    ['login', loginCommand, ['--json', '--username', 'x']],
  ] as const)('%s: a usage error is exit 2 and the same JSON object', async (name, command, args) => {
    const io = recordingIo();
    expect(await command.run(args, io)).toBe(2);
    expect(io.err()).toBe('');
    const out = JSON.parse(io.out()) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['ok', 'title', 'explanation', 'whatToDo', 'error']);
    expect(out).toMatchObject({
      ok: false,
      title: 'Wrong usage',
      whatToDo: `Run "bot-login ${name} --help" to see how to use it.`,
      error: { code: 'USAGE' },
    });
  });

  it.each([
    ['generate', generateCommand],
    ['inspect', inspectCommand],
    ['login', loginCommand],
  ] as const)(
    '%s: --help prints the help and a usage error without --json is one plain line on stderr',
    async (_name, command) => {
      const help = recordingIo();
      expect(await command.run(['--nope', '--help'], help)).toBe(0);
      expect(help.out()).toBe(command.help);
      const bad = recordingIo();
      expect(await command.run(['--password', 'x'], bad)).toBe(2);
      expect(bad.out()).toBe('');
      expect(bad.err()).toMatch(/^Passwords are not accepted on the command line[^\n]*\n$/);
    },
  );
});
