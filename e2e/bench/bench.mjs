// Frame-time and size benchmark for the built app (run with `npm run bench`).
// Serves dist/ with Vite's preview server, measures the title's JS and every staged scene against an
// empty Canvas, all in one run, and prints one JSON object (also saved to bench-results/latest.json).
// Nothing here is pass/fail: timings under SwiftShader only mean something as ratios within one run.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumPath } from '../support/browser-path.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VIEWPORT = { width: 1280, height: 720 };
const STEP = 1 / 60;
const READY_TIMEOUT_MS = 60_000;
const WARMUP_FRAMES = 10;
const TIMED_FRAMES = 120;
const READBACK_FRAMES = 30;
// Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs (all assets are same-origin).
const ISOLATION_HEADERS = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const round = (n, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Scene ids the app can stage: the keys of SCENE_LOADERS in src/scenes/registry.ts. */
function stagedSceneIds() {
  const text = readFileSync(join(ROOT, 'src/scenes/registry.ts'), 'utf8');
  const start = text.indexOf('SCENE_LOADERS');
  const end = text.indexOf('\n};', start);
  if (start < 0 || end < 0) throw new Error('Could not find the SCENE_LOADERS object in src/scenes/registry.ts.');
  return [...text.slice(start, end).matchAll(/^\s*['"]?([a-z][\w-]*)['"]?\s*:\s*\(\)\s*=>\s*import\(/gm)].map((m) => m[1]);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function startServer() {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `vite build` first (npm run bench does).');
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { host: '127.0.0.1', port: 4173, strictPort: false, open: false, headers: ISOLATION_HEADERS } });
  const { port } = server.httpServer.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

// three.js marks the canvas once its WebGL context exists; asking for a context earlier would create it.
const CANVAS = 'canvas[data-engine]';

/** Opens a page in capture mode; renders frames until three's canvas exists and, for a scene, it is ready. */
async function openCapturePage(context, url, { needReady }) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction((sel) => window.salvage && document.querySelector(sel), CANVAS, { timeout: READY_TIMEOUT_MS });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let t = 0;
  for (;;) {
    const ready = await page.evaluate((time) => { window.salvage.advance(time); return window.salvage.state().ready; }, t);
    t += STEP;
    if (ready || !needReady) break;
    if (Date.now() > deadline) throw new Error(`not ready after ${READY_TIMEOUT_MS / 1000} s${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
    await page.waitForTimeout(20);
  }
  for (let i = 0; i < WARMUP_FRAMES; i++, t += STEP) await page.evaluate((time) => window.salvage.advance(time), t);
  return { page, t };
}

/** In-page: times `frames` advance() calls, optionally each followed by a 1-pixel readPixels. */
function timeFramesInPage({ canvas, start, step, frames, readback }) {
  const gl = document.querySelector(canvas).getContext('webgl2'); // the existing context
  const pixel = new Uint8Array(4);
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel); // drain earlier frames first (untimed)
  const times = [];
  let stats = null;
  for (let i = 0; i < frames; i++) {
    const t0 = performance.now();
    stats = window.salvage.advance(start + i * step);
    if (readback) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    times.push(performance.now() - t0);
  }
  return { times, stats, size: { width: gl.drawingBufferWidth, height: gl.drawingBufferHeight } };
}

async function measure(context, url, needReady) {
  const { page, t } = await openCapturePage(context, url, { needReady });
  try {
    const plain = await page.evaluate(timeFramesInPage, { canvas: CANVAS, start: t, step: STEP, frames: TIMED_FRAMES, readback: false });
    const start = t + TIMED_FRAMES * STEP;
    const read = await page.evaluate(timeFramesInPage, { canvas: CANVAS, start, step: STEP, frames: READBACK_FRAMES, readback: true });
    return {
      ...read.stats,
      drawingBuffer: read.size,
      msPerFrameMedian: round(median(plain.times)),
      msPerFrameMean: round(plain.times.reduce((a, b) => a + b, 0) / plain.times.length),
      msPerFrameP90: round(percentile(plain.times, 0.9)),
      readbackMsMedian: round(median(read.times)),
    };
  } finally {
    await page.close();
  }
}

/** The WebGL renderer's name, and whether the page got fine-grained timers. */
async function pageEnvironment(context, origin) {
  const page = await context.newPage();
  await page.goto(`${origin}/?capture=1`);
  const environment = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const ext = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl ? gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER) : null;
    return { renderer, crossOriginIsolated: window.crossOriginIsolated };
  });
  await page.close();
  return environment;
}

/** Loads the title normally and gzips every .js file it fetched before anyone touches it. */
async function titleJs(browser, origin, trackExternal) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  trackExternal(context);
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && url.pathname.endsWith('.js')) {
      bodies.push(response.body().then((body) => ({ file: url.pathname, bytes: body.length, gzipBytes: gzipSync(body).length })));
    }
  });
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  const files = (await Promise.all(bodies)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  await context.close();
  return { gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0), files };
}

/** null when the baseline is too fast to divide by (below the timer's resolution). */
const ratio = (a, b) => (b > 0 ? round(a / b, 2) : null);
const ratios = (scene, baseline) => ({
  ratioToBaseline: ratio(scene.msPerFrameMedian, baseline.msPerFrameMedian),
  readbackRatioToBaseline: ratio(scene.readbackMsMedian, baseline.readbackMsMedian),
});

async function run() {
  const startedAt = Date.now();
  const sceneIds = stagedSceneIds();
  log(`scenes: ${sceneIds.join(', ') || '(none)'}`);
  const { server, origin } = await startServer();
  log(`serving dist/ at ${origin}`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS });
  const externalRequests = new Set();
  try {
    const trackExternal = (context) => context.on('request', (request) => {
      const url = request.url();
      if (!/^(data|blob):/.test(url) && !url.startsWith(`${origin}/`)) externalRequests.add(url);
    });
    log('title screen JavaScript');
    const title = await titleJs(browser, origin, trackExternal);
    const context = await browser.newContext({ viewport: VIEWPORT });
    trackExternal(context);
    log('baseline: empty Canvas');
    const baseline = await measure(context, `${origin}/?capture=1`, false);
    const scenes = {};
    for (const id of sceneIds) {
      log(`scene: ${id}`);
      const sceneStart = Date.now();
      try {
        const result = await measure(context, `${origin}/?scene=${encodeURIComponent(id)}&capture=1`, true);
        scenes[id] = { ...result, ...ratios(result, baseline) };
        log(`scene ${id}: ${round((Date.now() - sceneStart) / 1000, 1)} s`);
      } catch (error) {
        log(`scene ${id} could not be measured: ${error.message}`);
        scenes[id] = { error: error.message };
      }
    }
    const result = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      ...(await pageEnvironment(context, origin)),
      viewport: VIEWPORT,
      frames: { warmup: WARMUP_FRAMES, timed: TIMED_FRAMES, readback: READBACK_FRAMES, stepSeconds: round(STEP, 6) },
      baseline,
      scenes,
      titleJs: title,
      externalRequests: [...externalRequests],
      runSeconds: round((Date.now() - startedAt) / 1000, 1),
    };
    await context.close();
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

try {
  const result = await run();
  const json = JSON.stringify(result, null, 2);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/latest.json'), `${json}\n`);
  process.stdout.write(`${json}\n`);
  log(`done in ${result.runSeconds} s; saved bench-results/latest.json`);
} catch (error) {
  process.stderr.write(`[bench] failed: ${error?.stack ?? error}\n`);
  process.exit(1);
}
