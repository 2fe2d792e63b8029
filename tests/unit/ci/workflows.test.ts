/**
 * The GitHub Actions workflows: valid against GitHub's workflow schema (@action-validator/core, the engine of
 * @action-validator/cli, runs offline as WebAssembly), and saying what the project promises: npm test on three OSes
 * (Linux under xvfb-run) with the Electron spec required, installers built on a tag and kept as artifacts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);
const { validateWorkflow } = require('@action-validator/core') as {
  validateWorkflow: (src: string) => { errors: readonly unknown[] };
};
const yaml = require('js-yaml') as { load(text: string): unknown };

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Readonly<Record<string, unknown>>;
}
interface Job {
  readonly 'runs-on': string;
  readonly needs?: string | readonly string[];
  readonly if?: string;
  readonly permissions?: Readonly<Record<string, string>>;
  readonly strategy?: {
    readonly matrix?: {
      readonly os?: readonly string[];
      readonly node?: readonly string[];
      readonly include?: ReadonlyArray<Readonly<Record<string, string>>>;
    };
  };
  readonly env?: Readonly<Record<string, string>>;
  readonly steps: readonly Step[];
}
interface Workflow {
  readonly on: Readonly<Record<string, unknown>>;
  readonly permissions?: Readonly<Record<string, string>>;
  readonly jobs: Readonly<Record<string, Job>>;
}

const FILES = ['.github/workflows/ci.yml', '.github/workflows/release.yml'];

function text(file: string): string {
  return readFileSync(resolve(root, file), 'utf8');
}

/** One job of a workflow, by its id. */
function namedJob(file: string, id: string): { workflow: Workflow; job: Job } {
  const workflow = yaml.load(text(file)) as Workflow;
  const job = workflow.jobs[id];
  expect(job, id).toBeDefined();
  return { workflow, job: job as Job };
}

function onlyJob(file: string): { workflow: Workflow; job: Job } {
  const workflow = yaml.load(text(file)) as Workflow;
  const jobs = Object.values(workflow.jobs);
  expect(jobs).toHaveLength(1);
  return { workflow, job: jobs[0] as Job };
}

describe('GitHub workflows', () => {
  for (const file of FILES) {
    it(`${file} passes GitHub's workflow schema`, () => {
      expect(validateWorkflow(text(file)).errors).toEqual([]);
    });
  }

  it('the validator does catch a broken workflow (so the checks above can fail)', () => {
    const broken = text(FILES[0] ?? '').replace('runs-on: ${{ matrix.os }}', 'runs_on: ${{ matrix.os }}');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
    expect(
      validateWorkflow('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - name: x: y\n').errors
        .length,
    ).toBeGreaterThan(0);
  });

  it('ci.yml runs npm ci and npm test on Linux (under xvfb-run), Windows and macOS, with the Electron spec required', () => {
    const { workflow, job } = onlyJob(FILES[0] ?? '');
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(job.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(job.env?.['BOTLOGIN_REQUIRE_ELECTRON']).toBe('1');
    const runs = job.steps.map((s) => s.run ?? '');
    expect(runs.some((r) => r.startsWith('npm ci'))).toBe(true);
    expect(runs.some((r) => r.includes('electron/launch/start.ts --check'))).toBe(true);
    const linux = job.steps.find((s) => s.run?.includes('xvfb-run'));
    const others = job.steps.find((s) => s.run === 'npm test');
    expect(linux?.if).toBe("runner.os == 'Linux'");
    expect(linux?.run).toMatch(/xvfb-run .*npm test$/);
    expect(others?.if).toBe("runner.os != 'Linux'");
  });

  it('release.yml builds the installers with npm run dist on a tag and uploads them as artifacts', () => {
    const { workflow, job } = namedJob(FILES[1] ?? '', 'installers');
    expect(workflow.on['push']).toEqual({ tags: ['v*'] });
    expect(job.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(job.steps.some((s) => s.run?.startsWith('npm run dist'))).toBe(true);
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    const paths = JSON.stringify(upload?.with?.['path'] ?? '');
    for (const ext of ['AppImage', 'deb', 'exe', 'dmg']) expect(paths).toContain(`release/*.${ext}`);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
  });

  it('CI runs both maintained Node LTS lines (22, 24) on every OS; the release and .nvmrc use 24; engines agree', () => {
    const pkg = JSON.parse(text('package.json')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=22.13.0');
    expect(text('.nvmrc').trim()).toBe('24');
    const ci = onlyJob(FILES[0] ?? '').job;
    expect(ci.strategy?.matrix?.node).toEqual(['22', '24']);
    expect(JSON.stringify(ci.strategy)).not.toContain('include');
    const setup = (job: Job): Step | undefined => job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup(ci)?.with?.['node-version']).toBe('${{ matrix.node }}');
    expect(setup(namedJob(FILES[1] ?? '', 'installers').job)?.with).toMatchObject({ 'node-version-file': '.nvmrc' });
    expect(setup(namedJob(FILES[1] ?? '', 'cli').job)?.with).toMatchObject({ 'node-version-file': '.nvmrc' });
  });

  it('release.yml builds the CLI for servers on each OS and attaches it, with bot-login.cjs, to the release', () => {
    const { workflow, job } = namedJob(FILES[1] ?? '', 'cli');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(job.strategy?.matrix?.include).toEqual([
      { os: 'ubuntu-latest', target: 'linux-x64' },
      { os: 'windows-latest', target: 'win-x64' },
      { os: 'macos-latest', target: 'macos-arm64' },
    ]);
    const runs = job.steps.map((s) => s.run ?? '');
    expect(runs.some((r) => r.startsWith('npm ci'))).toBe(true);
    expect(runs.some((r) => r.startsWith('npm run sea -- --out "release-cli/bot-login-${{ matrix.target }}"'))).toBe(
      true,
    );
    expect(runs.some((r) => r.includes('--version') && r.includes('generate --dir'))).toBe(true);
    expect(runs).toContain('cp dist/bot-login.cjs release-cli/');
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['path']).toBe('release-cli/*');
    expect(upload?.with?.['if-no-files-found']).toBe('error');

    const attach = namedJob(FILES[1] ?? '', 'attach').job;
    expect(attach.needs).toBe('cli');
    expect(attach.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(attach.permissions).toEqual({ contents: 'write' });
    const attachRuns = attach.steps.map((s) => s.run ?? '').join('\n');
    expect(attachRuns).toContain('sha256sum bot-login*');
    expect(attachRuns).toContain('gh release upload "$GITHUB_REF_NAME" release-cli/*');
    expect(attach.steps.some((s) => s.uses?.startsWith('actions/download-artifact@'))).toBe(true);
  });

  it('npm run sea builds the one-file CLI first, then the executable from it', () => {
    const scripts = (JSON.parse(text('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['sea']).toBe(
      'vite build --mode cli-onefile --logLevel warn && tsx electron/launch/single-executable.ts',
    );
    expect(scripts['build']).toContain('vite build --mode cli-onefile');
  });

  it('the release artifacts match what electron-builder.yml makes (output folder and targets)', () => {
    const builder = yaml.load(text('electron-builder.yml')) as {
      directories: { output: string };
      linux: { target: string[] };
      win: { target: string[] };
      mac: { target: string[] };
    };
    expect(builder.directories.output).toBe('release');
    expect([...builder.linux.target, ...builder.win.target, ...builder.mac.target]).toEqual([
      'AppImage',
      'deb',
      'nsis',
      'dmg',
    ]);
  });
});
