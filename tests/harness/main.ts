/**
 * npm run harness [-- --port N] [--fake-sso]
 * Serves the built wizard on 127.0.0.1 with the real handler table behind window.wizard.
 * With --dev (npm run dev), serves renderer/ from source through Vite with hot reload instead.
 * With --fake-sso, a local fake Betfair login server answers test logins, so the whole flow
 * works offline. Ctrl-C stops it.
 */
// Every part of the words in `text` before any code reads them (this runs in Node; the window loads parts on demand).
import '../../shared/i18n/all-words.js';
import { errorCodeOf } from '../../electron/core/error-code.js';
import { FAKE_ACCOUNT } from './fake-account.js';
import { devRenderer } from './dev-renderer.js';
import { startHarness, type Harness } from './server.js';

function parseArgs(
  argv: readonly string[],
): { port: number | undefined; fakeSso: boolean; oneCertificate: boolean; quiet: boolean; dev: boolean } | string {
  let port: number | undefined;
  let fakeSso = false;
  let dev = false;
  let quiet = false;
  let oneCertificate = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--fake-sso') fakeSso = true;
    else if (arg === '--dev') dev = true;
    else if (arg === '--one-certificate') oneCertificate = true;
    else if (arg === '--quiet') quiet = true;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[(i += 1)] : arg.slice('--port='.length);
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 65535)
        return `--port needs a number from 0 to 65535 (got "${String(value)}").`;
      port = n;
    } else if (arg === '--help' || arg === '-h') {
      return 'Usage: npm run harness -- [--port N] [--fake-sso [--one-certificate]] [--dev] [--quiet]';
    } else
      return `Unknown option "${arg}". Usage: npm run harness -- [--port N] [--fake-sso [--one-certificate]] [--dev] [--quiet]`;
  }
  return { port, fakeSso, oneCertificate, quiet, dev };
}

const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') {
  console.error(args);
  process.exit(2);
}

function describeStartError(error: unknown): string {
  const code = errorCodeOf(error);
  if (code === 'EADDRINUSE')
    return 'That port is already in use. Pick another with --port N (or --port 0 for any free port).';
  if (code === 'EACCES') return 'This port needs special rights. Pick a port above 1024 with --port N.';
  return `The harness could not start: ${error instanceof Error ? error.message : String(error)}`;
}

let harness: Harness;
try {
  harness = await startHarness({
    port: args.port,
    env: process.env,
    fakeSso: args.fakeSso,
    oneCertificate: args.oneCertificate,
    ...(args.dev ? { devRenderer } : {}),
    log: args.quiet ? undefined : (line) => console.log(`  [harness] ${line}`),
  });
} catch (error) {
  console.error(describeStartError(error));
  process.exit(1);
}

console.log(`Harness ready at ${harness.url}`);
if (args.dev) console.log('  serving renderer/ from source: edits reload in the page (Vite hot reload)');
console.log(`  settings and login guard: ${harness.dataDir}`);
console.log(`  new certificates go to:   ${harness.certDir}`);
if (harness.sso) {
  console.log(`  test logins go to the fake Betfair login server at ${harness.sso.origin}`);
  if (args.oneCertificate)
    console.log('  one certificate per account: "I have uploaded it" in a renewal replaces the old certificate');
  console.log(`  on "Test my login" type: Application key: ${FAKE_ACCOUNT.appKey}`);
  console.log(`                           Username:        ${FAKE_ACCOUNT.username}`);
  console.log(`                           Password:        ${FAKE_ACCOUNT.password}`);
  console.log(
    `  (the key may stay empty; ${FAKE_ACCOUNT.username}'s keys: ${FAKE_ACCOUNT.appKey} live, active, ${FAKE_ACCOUNT.delayedAppKey} delayed)`,
  );
  console.log(`  an account without application keys: username ${FAKE_ACCOUNT.noKeysUsername}, same password`);
  console.log(
    `  an account whose live key is not active yet: username ${FAKE_ACCOUNT.applicantUsername}, key ${FAKE_ACCOUNT.applicantLiveKey}`,
  );
} else if (harness.env.BOTLOGIN_SSO_ORIGIN) {
  console.log(`  test logins go to ${harness.env.BOTLOGIN_SSO_ORIGIN} (BOTLOGIN_SSO_ORIGIN)`);
} else {
  console.log('  test logins go to the REAL Betfair login servers (add --fake-sso to stay offline)');
}
console.log('Press Ctrl-C to stop.');

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await harness.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
