/**
 * Renderer budgets (issues 5, 21): the first screen's JS + CSS under 85 KB gzipped (what index.html links; other
 * languages, the results words and the test/dashboard screens load on demand); the first screen ("Which Betfair site
 * do you use?") visible within 300 ms of navigation in Chromium through the harness, for a browser in English and,
 * paired, one in Italian (which also loads the Italian window words before the first screen); and, paired in the same
 * rounds, a reference page with only React and ReactDOM rendering that heading (tests/bench/reference, built by the
 * same Vite config, served by the same harness): the wizard's first screen / the reference, goal <= 1.3.
 * Needs the built renderer (npm run bench builds first; the reference is built here). Prints figures; passes or fails
 * nothing.
 *   BENCH_RENDERER_LOADS=N (default 20) fresh page loads, after one warm-up load that is not counted.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import { startHarness } from '../harness/server.js';
import { DEFAULT_RENDERER_DIR } from '../harness/paths.js';
import { median } from './median.js';
import { noteRatio } from './closing-note.js';
import { chromiumLaunchOptions } from '../chromium-launch.js';
import { en } from '../../shared/i18n/en/index.js';
import { it as italian } from '../../shared/i18n/it/index.js';

const SIZE_BUDGET_BYTES = 85 * 1024;
const FIRST_SCREEN_BUDGET_MS = 300;
const REFERENCE_RATIO_GOAL = 1.3;
const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const REFERENCE_DIR = join(REPO_ROOT, 'dist', 'bench-reference');

/**
 * The pages timed, paired load by load, with the heading each sees first: the wizard in an English and an Italian
 * browser, and the reference page (React + ReactDOM + that heading) in the English one.
 */
const BROWSERS = [
  { name: 'wizard', locale: 'en-GB', heading: en.ui.jurisdiction.heading },
  { name: 'wizard', locale: 'it-IT', heading: italian.ui.jurisdiction.heading },
  { name: 'reference (React + ReactDOM, one heading)', locale: 'en-GB', heading: en.ui.jurisdiction.heading },
] as const;
type Page = (typeof BROWSERS)[number];

/** What the page's console says, with the time, once the first heading is painted. */
const FIRST_SCREEN_MARK = 'bench:first-screen';

/**
 * Runs in the page before any of its scripts: says performance.now() (ms since navigation start) on the console at
 * the first animation frame after the first heading appears, i.e. the frame that paints it. The console reaches the
 * bench over the DevTools protocol with no script of Playwright's in the page: nothing polls the main thread timed.
 * A string, so no bundler helper ends up in the page.
 */
const markFirstScreen = (heading: string): string => `(() => {
  const wanted = ${JSON.stringify(heading)};
  const found = () => Array.from(document.querySelectorAll('h1, h2')).some((h) => (h.textContent || '').trim() === wanted);
  const done = () => requestAnimationFrame(() => { console.debug(${JSON.stringify(FIRST_SCREEN_MARK)}, performance.now()); });
  const observer = new MutationObserver(() => { if (found()) { observer.disconnect(); done(); } });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const PHASE_KEYS = ['html', 'bundle', 'asked', 'answered'] as const;
type PhaseKey = (typeof PHASE_KEYS)[number];
type Phases = Record<PhaseKey, number>;

/**
 * Reads the page's own resource timings: when index.html, the scripts asked for before the first paint (not the
 * screens loaded after it) and the first two wizard calls happened.
 */
const readPhases = (paintedMs: number): string => `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const js = resources.filter((r) => r.name.includes('/assets/') && r.name.endsWith('.js') && r.startTime < ${paintedMs});
  const calls = resources.filter((r) => r.name.includes('/__wizard/'));
  const end = (r) => r.startTime + r.duration;
  return {
    html: nav ? nav.responseEnd : 0,
    bundle: js.length ? Math.max(...js.map(end)) : 0,
    asked: calls.length ? Math.min(...calls.map((r) => r.startTime)) : 0,
    answered: calls.length ? Math.max(...calls.slice(0, 2).map(end)) : 0,
  };
})()`;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Gzipped sizes: what index.html links (the first screen) and everything else (loaded on demand). */
async function bundleSizes(dir = DEFAULT_RENDERER_DIR): Promise<{ first: number; onDemand: number; files: number }> {
  const assets = join(dir, 'assets');
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  let first = 0;
  let onDemand = 0;
  let files = 0;
  for (const name of await readdir(assets)) {
    const ext = extname(name);
    if (ext !== '.js' && ext !== '.css') continue;
    const gz = gzipSync(await readFile(join(assets, name))).length;
    if (html.includes(`assets/${name}`)) first += gz;
    else onDemand += gz;
    files += 1;
  }
  return { first, onDemand, files };
}

export async function benchRenderer(): Promise<void> {
  if (!existsSync(join(DEFAULT_RENDERER_DIR, 'index.html'))) {
    console.log(`no built renderer in ${DEFAULT_RENDERER_DIR}: run "npx vite build" first`);
    return;
  }
  const sizes = await bundleSizes();
  console.log(
    `renderer first screen JS + CSS gzipped: ${kb(sizes.first)}; loaded on demand: ${kb(sizes.onDemand)} (${sizes.files} files, zlib default level)` +
      ` | budget ${kb(SIZE_BUDGET_BYTES)}: ${sizes.first < SIZE_BUDGET_BYTES ? 'within' : 'OVER'}`,
  );

  await build({ configFile: join(REPO_ROOT, 'vite.config.ts'), mode: 'bench-reference', logLevel: 'warn' });
  const reference = await bundleSizes(REFERENCE_DIR);
  console.log(`reference page (React + ReactDOM, one heading) JS gzipped: ${kb(reference.first)}, same Vite config`);

  const loads = Math.max(1, Number(process.env.BENCH_RENDERER_LOADS ?? '20') || 20);
  const root = await mkdtemp(join(tmpdir(), 'botlogin-bench-renderer-'));
  // The same harness twice: one serving the wizard, one the reference page (same server code, options and bridge; the
  // reference's bridge asks nothing early, as that page asks nothing).
  const harnessFor = (rendererDir: string, headStart: boolean) =>
    startHarness({
      port: 0,
      rendererDir,
      headStart,
      env: { BOTLOGIN_DATA_DIR: join(root, 'data'), BOTLOGIN_CERT_DIR: join(root, 'certs') },
    });
  const harness = await harnessFor(DEFAULT_RENDERER_DIR, true);
  const referenceHarness = await harnessFor(REFERENCE_DIR, false);
  const urlOf = (b: Page): string => (b.name === 'wizard' ? harness.url : referenceHarness.url);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const b of BROWSERS) await timeFirstScreens(browser, urlOf(b), b); // warm-up, not counted
    const results = BROWSERS.map(() => ({
      inPage: [] as number[],
      outside: [] as number[],
      phases: { html: [] as number[], bundle: [] as number[], asked: [] as number[], answered: [] as number[] },
    }));
    for (let i = 0; i < loads; i += 1) {
      // Paired: each round times every browser once, in turn, so machine load hits both alike.
      for (const [n, b] of BROWSERS.entries()) {
        const r = await timeFirstScreens(browser, urlOf(b), b);
        const into = results[n];
        if (!into) continue;
        into.inPage.push(r.ms);
        into.outside.push(r.seen);
        for (const key of PHASE_KEYS) into.phases[key].push(r.phases[key]);
      }
    }
    for (const [n, b] of BROWSERS.entries()) {
      const r = results[n];
      if (!r) continue;
      const med = median(r.inPage);
      const max = Math.max(...r.inPage);
      console.log(
        `${b.name}: first screen visible after navigation start, browser ${b.locale} (in-page performance.now, ${loads} fresh loads): median ${med.toFixed(0)} ms, max ${max.toFixed(0)} ms, min ${Math.min(...r.inPage).toFixed(0)} ms` +
          (b.name !== 'wizard'
            ? ''
            : ` | budget ${FIRST_SCREEN_BUDGET_MS} ms: ${max < FIRST_SCREEN_BUDGET_MS ? 'within (max)' : med < FIRST_SCREEN_BUDGET_MS ? 'median within, max over' : 'OVER'}`),
      );
      console.log(
        '  where the time goes (medians, ms after navigation start): ' +
          `page received ${median(r.phases.html).toFixed(0)}, first-screen scripts loaded ${median(r.phases.bundle).toFixed(0)}, ` +
          `bundle run and asking the app for its state ${median(r.phases.asked).toFixed(0)}, answers in ${median(r.phases.answered).toFixed(0)}, ` +
          `first screen painted ${med.toFixed(0)}`,
      );
      console.log(
        `  as Playwright saw it (goto -> the page's console mark, includes CDP round trips): median ${median(r.outside).toFixed(0)} ms, max ${Math.max(...r.outside).toFixed(0)} ms`,
      );
    }
    const [first, second, third] = results;
    if (first && second) {
      const ratios = first.inPage.map((ms, i) => (second.inPage[i] ?? ms) / ms);
      console.log(
        `  wizard ${BROWSERS[1].locale} / ${BROWSERS[0].locale}, paired load by load: median ratio ${median(ratios).toFixed(2)}`,
      );
    }
    if (first && third) {
      const ratios = first.inPage.map((ms, i) => ms / (third.inPage[i] ?? ms));
      const ratio = median(ratios);
      noteRatio('window: wizard first screen / React-only reference page, paired loads', ratio, REFERENCE_RATIO_GOAL);
      console.log(
        `wizard first screen / reference page (React + ReactDOM, one heading), browser ${BROWSERS[0].locale}, paired load by load (${loads} pairs): median ratio ${ratio.toFixed(2)}` +
          ` | goal <= ${REFERENCE_RATIO_GOAL}: ${ratio <= REFERENCE_RATIO_GOAL ? 'met' : 'NOT met'}`,
      );
    }
    const [load1 = 0] = loadavg();
    console.log(
      `  machine load while measuring: ${load1.toFixed(2)} (1-min load average, ${cpus().length} CPUs); a busy machine slows this figure`,
    );
  } finally {
    await browser.close();
    await harness.close();
    await referenceHarness.close();
    await rm(root, { recursive: true, force: true });
  }
}

interface Timed {
  readonly ms: number;
  readonly seen: number;
  readonly phases: Phases;
}

/** One fresh start (new context: empty cache) in a browser of the given language, until its first screen is painted. */
async function timeFirstScreens(browser: Browser, url: string, b: Page): Promise<Timed> {
  const context = await browser.newContext({ viewport: { width: 900, height: 700 }, locale: b.locale });
  try {
    await context.addInitScript({ content: markFirstScreen(b.heading) });
    const page = await context.newPage();
    const painted = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(FIRST_SCREEN_MARK) });
    const started = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    const said = await painted;
    const seen = performance.now() - started;
    const value: unknown = await said.args()[1]?.jsonValue();
    const ms = typeof value === 'number' ? value : Number.NaN;
    // Then, once, that the heading is what a user sees (not only in the DOM).
    await page.getByRole('heading', { name: b.heading, exact: true }).waitFor({ state: 'visible' });
    const phases = await page.evaluate<Phases>(readPhases(ms));
    return { ms, seen, phases };
  } finally {
    await context.close();
  }
}
