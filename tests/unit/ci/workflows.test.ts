/**
 * The GitHub Actions workflows: valid against GitHub's workflow schema (@action-validator/core, the engine of
 * @action-validator/cli, runs offline as WebAssembly), and saying what the project promises: npm test on three OSes
 * (Linux under xvfb-run) with the Electron spec required, the packaged app started on each OS, and on a tag a draft
 * release with every installer, the update metadata, the CLI files and SHA256SUMS once every build has passed.
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
  readonly 'timeout-minutes'?: number;
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
    const { workflow, job } = namedJob(FILES[0] ?? '', 'test');
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

  it('release.yml builds the installers with .ci/dist on a tag, once the tag is checked against package.json', () => {
    const { workflow, job } = namedJob(FILES[1] ?? '', 'installers');
    expect(workflow.on['push']).toEqual({ tags: ['v*'] });
    expect(job.needs).toBe('version');
    expect(job.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(job.steps.some((s) => s.run === 'bash .ci/dist')).toBe(true);
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    const paths = JSON.stringify(upload?.with?.['path'] ?? '');
    for (const file of ['*.AppImage', '*.deb', '*.exe', '*.dmg', '*.zip', '*.blockmap', 'latest*.yml'])
      expect(paths).toContain(`release/${file}`);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
    // Signing secrets reach the build as the variables .ci/dist and electron-builder read.
    for (const name of [
      'CSC_LINK',
      'APPLE_API_KEY_ID',
      'AZURE_SIGNING_ENDPOINT',
      'AZURE_CLIENT_SECRET',
      'WIN_CSC_LINK',
    ])
      expect(job.env?.[name], name).toMatch(/^\$\{\{ secrets\.[A-Z0-9_]+ \}\}$/);

    const version = namedJob(FILES[1] ?? '', 'version').job;
    const check = version.steps.find((s) => s.run?.includes('package.json'));
    expect(check?.run).toContain('"$GITHUB_REF_NAME" != "v$version"');
    expect(check?.run).toContain('exit 1');
  });

  it('ci.yml packages the app on each OS (ad-hoc signed on macOS) and starts it until its window shows', () => {
    const { job } = namedJob(FILES[0] ?? '', 'packaged-app');
    expect(job.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    const runs = job.steps.map((s) => s.run ?? '');
    expect(runs).toContain('bash .ci/dist --dir');
    expect(runs).toContain('bash .ci/smoke-packaged-app');
    expect(text('.ci/smoke-packaged-app')).toContain('--smoke-test');
    expect(text('.ci/dist')).toContain('-c.mac.identity=-');
  });

  it('every action is on its Node 24 major; uploads overwrite (a re-run does not fail on an existing name)', () => {
    const node24: Readonly<Record<string, number>> = {
      'actions/checkout': 5,
      'actions/setup-node': 5,
      'actions/setup-python': 6,
      'actions/setup-java': 5,
      'actions/cache': 5,
      'actions/upload-artifact': 6,
      'actions/download-artifact': 7,
    };
    for (const file of FILES) {
      const workflow = yaml.load(text(file)) as Workflow;
      for (const step of Object.values(workflow.jobs).flatMap((j) => j.steps)) {
        if (!step.uses) continue;
        const [action = '', major = ''] = step.uses.split('@v');
        expect(node24[action], `${file}: ${step.uses}`).toBeDefined();
        expect(Number(major), `${file}: ${step.uses}`).toBeGreaterThanOrEqual(node24[action] ?? Infinity);
        if (action === 'actions/upload-artifact') expect(step.with?.['overwrite'], file).toBe(true);
        if (action === 'actions/setup-python') expect(step.with?.['python-version']).toBe('3.x');
      }
    }
  });

  it('CI runs both maintained Node LTS lines (22, 24) on every OS; the release and .nvmrc use 24; engines agree', () => {
    const pkg = JSON.parse(text('package.json')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=22.13.0');
    expect(text('.nvmrc').trim()).toBe('24');
    const ci = namedJob(FILES[0] ?? '', 'test').job;
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

    // The draft release waits for every build, installers and CLI alike, and holds all their files with SHA256SUMS.
    const attach = namedJob(FILES[1] ?? '', 'attach').job;
    expect(attach.needs).toEqual(['installers', 'cli']);
    expect(attach.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(attach.permissions).toEqual({ contents: 'write' });
    const attachRuns = attach.steps.map((s) => s.run ?? '').join('\n');
    expect(attachRuns).toContain('sha256sum -- * > ../SHA256SUMS');
    expect(attachRuns).toContain('gh release create "$GITHUB_REF_NAME" --draft');
    expect(attachRuns).toContain('--notes-file .github/release-notes.md');
    expect(attachRuns).toContain('gh release upload "$GITHUB_REF_NAME" release-files/* --clobber');
    const downloads = attach.steps.filter((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(downloads.map((s) => s.with?.['pattern'])).toEqual(['installers-*', 'bot-login-*']);
  });

  it('npm run sea builds the one-file CLI first, then the executable from it', () => {
    const scripts = (JSON.parse(text('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['sea']).toBe(
      'vite build --mode cli-onefile --logLevel warn && tsx electron/launch/single-executable.ts',
    );
    expect(scripts['build']).toContain('vite build --mode cli-onefile');
  });

  it('the release artifacts match what electron-builder.yml makes (output folder and targets)', () => {
    type Target = string | { target: string; arch?: string[] };
    const builder = yaml.load(text('electron-builder.yml')) as {
      directories: { output: string };
      linux: { target: Target[] };
      win: { target: Target[] };
      mac: { target: Target[] };
    };
    const name = (t: Target): string => (typeof t === 'string' ? t : t.target);
    expect(builder.directories.output).toBe('release');
    expect([...builder.linux.target, ...builder.win.target, ...builder.mac.target].map(name)).toEqual([
      'AppImage',
      'deb',
      'nsis',
      'dmg',
      'zip',
    ]);
    // macOS: Apple silicon and Intel (docs/releasing.md says so).
    for (const t of builder.mac.target) expect(typeof t !== 'string' && t.arch).toEqual(['arm64', 'x64']);
  });
});
