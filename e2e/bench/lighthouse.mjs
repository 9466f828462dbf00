// Lighthouse on the built title screen (run with `npm run lighthouse`, which builds first; the bench
// calls measureTitleWithLighthouse() too). Serves the build with Vite's preview server, runs
// Lighthouse's default mobile profile (a mid-range phone: simulated slow 4G, a 4x slower CPU) in the
// system's Chromium, prints the scores and timings, and saves them to bench-results/lighthouse.json.
// Everything stays on this machine: Chromium's background networking is off, and any request the
// page made outside the local server is listed in the result (`externalRequests`).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { chromiumPath } from '../support/browser-path.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const log = (message) => process.stderr.write(`[lighthouse] ${message}\n`);

// chrome-launcher comes with lighthouse: resolved from there, so it is always the version lighthouse expects.
const requireFromLighthouse = createRequire(createRequire(import.meta.url).resolve('lighthouse'));
const { launch } = await import(pathToFileURL(requireFromLighthouse.resolve('chrome-launcher')).href);

/** Serves `dist` (relative to the project) with `vite preview` on a free port near 4180. */
async function serve(dist) {
  if (!existsSync(join(ROOT, dist, 'index.html'))) throw new Error(`${dist}/ is missing: run \`vite build\` first (npm run lighthouse does).`);
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: dist }, preview: { host: '127.0.0.1', port: 4180, strictPort: false, open: false } });
  const { port } = server.httpServer.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** The figures worth reading from a Lighthouse result (times in ms, rounded). */
export function summarize(lhr) {
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const numeric = (id, digits = 0) => {
    const value = lhr.audits[id]?.numericValue;
    return value == null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
  };
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const origin = new URL(lhr.finalDisplayedUrl).origin;
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => a.id);
  return {
    url: lhr.finalDisplayedUrl,
    lighthouse: lhr.lighthouseVersion,
    formFactor: lhr.configSettings.formFactor,
    throttling: lhr.configSettings.throttlingMethod,
    scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices') },
    firstContentfulPaintMs: numeric('first-contentful-paint'),
    largestContentfulPaintMs: numeric('largest-contentful-paint'),
    totalBlockingTimeMs: numeric('total-blocking-time'),
    cumulativeLayoutShift: numeric('cumulative-layout-shift', 4),
    speedIndexMs: numeric('speed-index'),
    interactiveMs: numeric('interactive'),
    transferredBytes: numeric('total-byte-weight'),
    requests: requests.length,
    externalRequests: requests.map((r) => r.url).filter((url) => /^https?:/.test(url) && !url.startsWith(`${origin}/`)),
    failingAudits: failing,
  };
}

/**
 * Runs Lighthouse once against the title of the build in `dist` and returns summarize()'s figures
 * (with `report`, the whole result, when `full` is set).
 */
export async function measureTitleWithLighthouse({ dist = 'dist', full = false } = {}) {
  const { server, origin } = await serve(dist);
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    log(`Lighthouse on ${origin}/ (mobile, simulated throttling), Chromium at ${chromiumPath() ?? 'chrome-launcher default'}`);
    const result = await lighthouse(`${origin}/`, { port: chrome.port, onlyCategories: CATEGORIES, output: 'json', logLevel: 'error' });
    if (!result?.lhr) throw new Error('Lighthouse returned no result.');
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    const summary = summarize(result.lhr);
    return full ? { ...summary, report: result.lhr } : summary;
  } finally {
    await chrome.kill();
    await server.close();
  }
}

// Run as a script: measure, print, save.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { report, ...summary } = await measureTitleWithLighthouse({ dist: process.env.LIGHTHOUSE_DIST ?? 'dist', full: true });
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results/lighthouse.json'), `${JSON.stringify({ date: new Date().toISOString(), ...summary }, null, 2)}\n`);
    writeFileSync(join(ROOT, 'bench-results/lighthouse-report.json'), JSON.stringify(report));
    const s = summary;
    log(
      `performance ${s.scores.performance}, accessibility ${s.scores.accessibility}, best practices ${s.scores.bestPractices}; ` +
        `FCP ${s.firstContentfulPaintMs} ms, LCP ${s.largestContentfulPaintMs} ms, TBT ${s.totalBlockingTimeMs} ms, CLS ${s.cumulativeLayoutShift}, ` +
        `${(s.transferredBytes / 1024).toFixed(1)} KiB transferred in ${s.requests} requests`,
    );
    if (s.externalRequests.length) log(`requests that left the local server: ${s.externalRequests.join(', ')}`);
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    log('saved bench-results/lighthouse.json (and the whole report in bench-results/lighthouse-report.json)');
  } catch (error) {
    process.stderr.write(`[lighthouse] failed: ${error?.stack ?? error}\n`);
    process.exit(1);
  }
}
