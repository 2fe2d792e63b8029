/**
 * `npm run harness -- --fake-sso` as a person uses it: start the command, read the address and the
 * test account it prints, click through to "Your bot login works", press Ctrl-C.
 * (The build step of `npm run harness` is left out: the renderer is built before the e2e tests.)
 */
import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { startFakeSso } from '../fixtures/fake-sso/server.js';
import { fillLogin, successPanel, testButton, walkToTestStep } from './flow.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Running {
  readonly child: ChildProcess;
  output(): string;
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

function startCommand(args: readonly string[], env: NodeJS.ProcessEnv): Running {
  let text = '';
  // node with tsx as a loader, not the tsx CLI: the CLI relays Ctrl-C to its child and, when the child
  // does not confirm within 30 ms (a busy machine), kills it and exits 130. A person's Ctrl-C reaches
  // the whole process group, so that relay is not what is under test here.
  const child = execFile(process.execPath, ['--import', 'tsx', 'tests/harness/main.ts', ...args], { cwd: ROOT, env });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return {
    child,
    output: () => text,
    exited,
    waitFor: async (pattern) => {
      for (let i = 0; i < 300; i += 1) {
        const match = pattern.exec(text);
        if (match) return match;
        if (child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`The harness never printed ${pattern.toString()}. It printed:\n${text}`);
    },
  };
}

/** This machine's environment without the developer's own BOTLOGIN_* settings, with temp folders. */
function cleanEnv(root: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BOTLOGIN_DATA_DIR: join(root, 'data'),
    BOTLOGIN_CERT_DIR: join(root, 'certs'),
  };
  for (const name of ['BOTLOGIN_SSO_ORIGIN', 'BOTLOGIN_SSO_CA', 'BOTLOGIN_HARNESS_PORT', 'BOTLOGIN_HARNESS_PICK'])
    delete env[name];
  return env;
}

test('npm run harness -- --fake-sso: from the printed address to "Your bot login works", then Ctrl-C', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const root = await mkdtemp(join(tmpdir(), 'botlogin-harness-cmd-'));
  const env = cleanEnv(root);
  const run = startCommand(['--fake-sso'], env);
  try {
    const [, url = ''] = await run.waitFor(/Harness ready at (http:\/\/127\.0\.0\.1:\d+\/#t=\w+)/);
    const [, appKey = ''] = await run.waitFor(/Application key: (\S+)/);
    const [, username = ''] = await run.waitFor(/Username: +(\S+)/);
    const [, password = ''] = await run.waitFor(/Password: +(.+)\n/);
    expect(run.output()).toContain(join(root, 'certs'));

    await page.goto(url);
    await walkToTestStep(page);
    await fillLogin(page, { appKey, username, password });
    await testButton(page).click();
    await expect(successPanel(page)).toBeVisible();

    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    await expect(page.request.get(url, { timeout: 2_000 })).rejects.toThrow();
  } finally {
    if (run.child.exitCode === null) run.child.kill('SIGKILL');
    await rm(root, { recursive: true, force: true });
  }
});

test('the harness listens on the port it is given (--port, else BOTLOGIN_HARNESS_PORT) and says so when it cannot', async ({
  page,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'botlogin-harness-cmd-'));
  const base = cleanEnv(root);
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const fromFlag = startCommand(['--port', String(port)], base);
  const fromEnv = startCommand([], { ...base, BOTLOGIN_HARNESS_PORT: String(port + 1) });
  const bad = startCommand(['--port', 'eighty'], base);
  try {
    await fromFlag.waitFor(new RegExp(`Harness ready at http://127\\.0\\.0\\.1:${port}/`));
    await fromEnv.waitFor(new RegExp(`Harness ready at http://127\\.0\\.0\\.1:${port + 1}/`));
    expect(fromFlag.output()).toContain('REAL Betfair');
    expect((await page.request.get(`http://127.0.0.1:${port}/`)).status()).toBe(200);
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toContain('--port needs a number');
    const taken = startCommand(['--port', String(port)], base);
    expect(await taken.exited).toBe(1);
    expect(taken.output()).toContain('already in use');
  } finally {
    for (const run of [fromFlag, fromEnv, bad]) if (run.child.exitCode === null) run.child.kill('SIGINT');
    await Promise.all([fromFlag.exited, fromEnv.exited, bad.exited]);
    await rm(root, { recursive: true, force: true });
  }
});

test('without --fake-sso the harness honours BOTLOGIN_SSO_ORIGIN and BOTLOGIN_SSO_CA', async ({ page }) => {
  const root = await mkdtemp(join(tmpdir(), 'botlogin-harness-cmd-'));
  const sso = await startFakeSso();
  const run = startCommand([], { ...cleanEnv(root), BOTLOGIN_SSO_ORIGIN: sso.origin, BOTLOGIN_SSO_CA: sso.caPath });
  try {
    const [, url = ''] = await run.waitFor(/Harness ready at (http:\/\/127\.0\.0\.1:\d+\/#t=\w+)/);
    expect(run.output()).toContain(`test logins go to ${sso.origin}`);
    await page.goto(url);
    await expect(page.getByText(`Test endpoint: ${sso.origin}`)).toBeVisible();
  } finally {
    if (run.child.exitCode === null) run.child.kill('SIGINT');
    await run.exited;
    await sso.close();
    await rm(root, { recursive: true, force: true });
  }
});
