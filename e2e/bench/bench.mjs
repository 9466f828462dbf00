// Frame-time and size benchmark for the built app (run with `npm run bench`).
// Serves dist/ with Vite's preview server, measures the title's JS and every staged scene against an
// empty Canvas, all in one run, and prints one JSON object (also saved to bench-results/latest.json).
// Nothing here is pass/fail: timings under SwiftShader only mean something as ratios within one run.
// The "xr" section does the same for every scene in an emulated headset session (see measureXr).
// The "lighthouse" section is lighthouse.mjs's run on the title (mobile profile): scores and timings.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumPath } from '../support/browser-path.mjs';
import { measureTitleWithLighthouse } from './lighthouse.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VIEWPORT = { width: 1280, height: 720 };
const STEP = 1 / 60;
const READY_TIMEOUT_MS = 60_000;
const WARMUP_FRAMES = 10;
const TIMED_FRAMES = 120;
const READBACK_FRAMES = 30;
// Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs (all assets are same-origin).
const ISOLATION_HEADERS = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
// XR: frames timed per view, live and in capture mode, and the longest a scene may take before it is
// reported as an error (so a session that never starts cannot hang the run).
const XR_LIVE_WARMUP = 5;
const XR_LIVE_FRAMES = 30;
const XR_CAPTURE_FRAMES = 15;
const XR_ENTER_TIMEOUT_MS = 60_000;
const XR_SCENE_TIMEOUT_MS = 300_000;
const CONTROLLER_MODELS = ['meta-quest-touch-plus/left.glb', 'meta-quest-touch-plus/right.glb'];
// The built app registers a service worker: it would answer requests before `context.route()` sees
// them (the standard pass) and serve every later page from its cache. Blocked: the bench measures
// the app as served, the same way in every run.
const CONTEXT_OPTIONS = { viewport: VIEWPORT, serviceWorkers: 'block' };
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
  // A page with no scene (the empty-Canvas baseline) loads its 3D half on the visitor's first intent.
  await page.mouse.move(1, 1);
  await page.waitForFunction((sel) => window.salvage && document.querySelector(sel), CANVAS, { timeout: READY_TIMEOUT_MS });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let t = 0;
  for (;;) {
    const ready = await page.evaluate((time) => {
      window.salvage.advance(time);
      return window.salvage.state().ready;
    }, t);
    t += STEP;
    if (ready || !needReady) break;
    if (Date.now() > deadline) throw new Error(`not ready after ${READY_TIMEOUT_MS / 1000} s${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
    await page.waitForTimeout(20);
  }
  const programsAtReady = await page.evaluate(() => window.salvage.stats().programs);
  for (let i = 0; i < WARMUP_FRAMES; i++, t += STEP) await page.evaluate((time) => window.salvage.advance(time), t);
  return { page, t, programsAtReady };
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
  const { page, t, programsAtReady } = await openCapturePage(context, url, { needReady });
  try {
    const plain = await page.evaluate(timeFramesInPage, { canvas: CANVAS, start: t, step: STEP, frames: TIMED_FRAMES, readback: false });
    const start = t + TIMED_FRAMES * STEP;
    const read = await page.evaluate(timeFramesInPage, { canvas: CANVAS, start, step: STEP, frames: READBACK_FRAMES, readback: true });
    return {
      ...read.stats,
      programsAtReady,
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

// One full-screen pass of three's MeshStandardMaterial (sun and ambient light) at the viewport's
// size: the unit a scene's frame cost is given in. Served beside the app under a path the app does
// not use, with three from node_modules, and driven through the same advance() as a scene.
const PASS_PATH = '/__bench/standard-pass.html';
const PASS_HTML = `<!doctype html><html><body style="margin:0"><script type="module">
import * as THREE from '/__bench/three/three.module.js';
const renderer = new THREE.WebGLRenderer({ antialias: false });
renderer.setPixelRatio(1);
renderer.setSize(innerWidth, innerHeight);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
const camera = new THREE.OrthographicCamera(-1, 1, 1, -1, 0.1, 10);
camera.position.z = 1;
const plane = new THREE.Mesh(new THREE.PlaneGeometry(2, 2), new THREE.MeshStandardMaterial({ color: 0x8899aa, roughness: 0.6, metalness: 0.1 }));
scene.add(plane, new THREE.AmbientLight(0xffffff, 0.4));
const sun = new THREE.DirectionalLight(0xffffff, 2);
sun.position.set(0.3, 0.8, 0.5);
scene.add(sun);
const stats = () => ({ calls: renderer.info.render.calls, triangles: renderer.info.render.triangles, programs: renderer.info.programs.length });
window.salvage = { advance() { renderer.render(scene, camera); return stats(); }, stats, state: () => ({ ready: true }) };
</script></body></html>`;

/** Serves the standard-pass page and three's build to every page of `context`. */
async function routeStandardPass(context) {
  await context.route(`**${PASS_PATH}`, (route) => route.fulfill({ contentType: 'text/html', body: PASS_HTML }));
  await context.route('**/__bench/three/*.js', (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop();
    route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(ROOT, 'node_modules/three/build', file)) });
  });
}

/**
 * Milliseconds from asking for a scene to its first frame, live (not capture): a deep link's page
 * load, the scene's module, its geometry and the compile of every program it shows, until the
 * story says it is ready; and the same from the construct, the page warm, through salvage.jump().
 */
async function firstFrame(context, origin, id) {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/?scene=${encodeURIComponent(id)}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.salvage?.state().ready === true, null, { timeout: READY_TIMEOUT_MS, polling: 'raf' });
    const deepLinkMs = await page.evaluate(() => performance.now());
    await page.goto(`${origin}/?scene=construct`);
    await page.waitForFunction(() => window.salvage?.state().ready === true, null, { timeout: READY_TIMEOUT_MS, polling: 'raf' });
    if (id === 'construct') return { deepLinkMs: round(deepLinkMs, 0), fromConstructMs: null };
    const asked = await page.evaluate((scene) => {
      window.salvage.jump(scene);
      return performance.now();
    }, id);
    await page.waitForFunction((scene) => window.salvage.state().scene === scene && window.salvage.state().ready === true, id, { timeout: READY_TIMEOUT_MS, polling: 'raf' });
    const readyAt = await page.evaluate(() => performance.now());
    return { deepLinkMs: round(deepLinkMs, 0), fromConstructMs: round(readyAt - asked, 0) };
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

/**
 * Loads the title normally and gzips every .js file it fetched: the title's own are those asked
 * for before the 3D half's files start downloading (the mark set by src/app/stage-warmup.ts);
 * then the pointer reaches for the page, which runs the 3D half, and everything is counted.
 */
async function titleJs(browser, origin, trackExternal) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
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
  const stageFilesMark = 'salvage:stage-files';
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, stageFilesMark);
  const titleFiles = new Set(
    await page.evaluate((mark) => {
      const start = performance.getEntriesByName(mark)[0].startTime;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < start)
        .map((entry) => new URL(entry.name).pathname);
    }, stageFilesMark),
  );
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => window.salvage !== undefined);
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(bodies)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  await context.close();
  const sum = (list) => list.reduce((total, f) => total + f.gzipBytes, 0);
  return { titleGzipBytes: sum(files.filter((f) => titleFiles.has(f.file))), gzipBytes: sum(files), files };
}

// ---------------------------------------------------------------------------------------------
// XR: the same scenes in an emulated headset (iwer's Quest 3, `?xr=emulate`), entered as a person
// would: Escape, then "Enter VR" in the pause menu.
//
// Capture mode does not drive the session's frames: fiber skips its XR frame callback while
// `frameloop` is 'never', so iwer's loop only clears the canvas. `salvage.advance()` still renders
// both eyes (three draws through the XR camera whenever a session is presenting), but outside an
// XR frame: no XRFrame, the head and controllers stay where the last real frame left them. So each
// scene is measured twice:
// - live: wall-clock intervals of the session's own frames (session.requestAnimationFrame, driven by
//   iwer on the page's requestAnimationFrame) against the page's frames on the desktop, same scene,
//   same page, same spawn. Capped by the display rate where a frame is cheap.
// - capture: advance() + a 1-pixel readPixels (the whole frame's GPU work) in the session against
//   the same on the desktop, same page: the cost of drawing twice, without the display cap.

/** In-page: intervals between `frames + 1` frames of the page (desktop) or of the XR session, after `warmup`. */
function frameIntervalsInPage({ xr, warmup, frames, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const session = xr ? window.salvageXrDevice?.activeSession : null;
    if (xr && !session) return reject(new Error('no XR session to time'));
    const request = xr ? (cb) => session.requestAnimationFrame(cb) : (cb) => requestAnimationFrame(cb);
    const stamps = [];
    let seen = 0;
    let stats = null;
    let maxCalls = 0;
    let maxTriangles = 0;
    const timer = setTimeout(() => reject(new Error(`only ${stamps.length} of ${frames + 1} ${xr ? 'XR' : 'desktop'} frames in ${timeoutMs / 1000} s`)), timeoutMs);
    const onFrame = () => {
      seen += 1;
      if (seen > warmup) {
        stamps.push(performance.now());
        // The frame's counts are whole here: the app resets and renders within one callback.
        stats = window.salvage.stats();
        maxCalls = Math.max(maxCalls, stats.calls);
        maxTriangles = Math.max(maxTriangles, stats.triangles);
      }
      if (stamps.length <= frames) return void request(onFrame);
      clearTimeout(timer);
      resolve({ intervals: stamps.slice(1).map((t, i) => t - stamps[i]), stats, maxCalls, maxTriangles });
    };
    request(onFrame);
  });
}

/** Escape, then Enter VR in the pause menu; waits until the session presents. */
async function enterVr(page) {
  await page.keyboard.press('Escape');
  const enter = page.getByRole('dialog', { name: 'Paused' }).getByRole('button', { name: 'Enter VR' });
  await enter.click({ timeout: 30_000 });
  await page.waitForFunction(() => window.salvage?.state().xr.presenting === true, null, { timeout: XR_ENTER_TIMEOUT_MS, polling: 50 });
}

/** Opens a page that records which controller models arrived and any page errors. */
async function openXrPage(context) {
  const page = await context.newPage();
  const models = new Set();
  const errors = [];
  page.on('response', (r) => {
    const hit = CONTROLLER_MODELS.find((m) => r.url().endsWith(`/xr-profiles/${m}`));
    if (hit && r.ok()) models.add(hit);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, models, errors, controllersLoaded: () => CONTROLLER_MODELS.every((m) => models.has(m)) };
}

/** Waits (up to `ms`) for the controllers' models and the panel's text; `step` renders a frame where needed. */
async function waitForControllersAndPanel(page, controllersLoaded, ms, step = async () => {}) {
  const deadline = Date.now() + ms;
  for (;;) {
    await step();
    const panel = await page.evaluate(() => window.salvage.state().xr.panel.text != null);
    if (panel && controllersLoaded()) return { controllers: true, panel };
    if (Date.now() > deadline) return { controllers: controllersLoaded(), panel };
    await page.waitForTimeout(100);
  }
}

const frameSummary = (run) => ({
  calls: run.stats.calls,
  triangles: run.stats.triangles,
  maxCalls: run.maxCalls,
  maxTriangles: run.maxTriangles,
  msPerFrameMedian: round(median(run.intervals)),
  msPerFrameP90: round(percentile(run.intervals, 0.9)),
});

/** Live: the desktop's frames, then the session's, in one page at the scene's spawn. */
async function measureXrLive(context, origin, id) {
  const { page, controllersLoaded, errors } = await openXrPage(context);
  try {
    await page.goto(`${origin}/?xr=emulate&scene=${encodeURIComponent(id)}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.salvage?.state().ready === true, null, { timeout: READY_TIMEOUT_MS, polling: 50 });
    const timeoutMs = XR_SCENE_TIMEOUT_MS / 3;
    const desktop = await page.evaluate(frameIntervalsInPage, { xr: false, warmup: XR_LIVE_WARMUP, frames: XR_LIVE_FRAMES, timeoutMs });
    await enterVr(page);
    const seen = await waitForControllersAndPanel(page, controllersLoaded, 45_000);
    const xr = await page.evaluate(frameIntervalsInPage, { xr: true, warmup: XR_LIVE_WARMUP, frames: XR_LIVE_FRAMES, timeoutMs });
    const presenting = await page.evaluate(() => window.salvage.state().xr.presenting);
    return { desktop: frameSummary(desktop), xr: { ...frameSummary(xr), presenting, controllersDrawn: seen.controllers, panelText: seen.panel }, pageErrors: errors };
  } finally {
    await page.close();
  }
}

/** Capture: advance() + readPixels on the desktop, then in the session, in one page. */
async function measureXrCapture(context, origin, id) {
  const url = `${origin}/?xr=emulate&scene=${encodeURIComponent(id)}&capture=1`;
  const { page, t: readyAt } = await openCapturePage(context, url, { needReady: true });
  const models = new Set();
  page.on('response', (r) => {
    const hit = CONTROLLER_MODELS.find((m) => r.url().endsWith(`/xr-profiles/${m}`));
    if (hit && r.ok()) models.add(hit);
  });
  try {
    let t = readyAt;
    const timed = async () => {
      const run = await page.evaluate(timeFramesInPage, { canvas: CANVAS, start: t, step: STEP, frames: XR_CAPTURE_FRAMES, readback: true });
      t += XR_CAPTURE_FRAMES * STEP;
      return run;
    };
    const desktop = await timed();
    await enterVr(page);
    const step = async () => {
      await page.evaluate((time) => window.salvage.advance(time), t);
      t += STEP;
    };
    const seen = await waitForControllersAndPanel(page, () => CONTROLLER_MODELS.every((m) => models.has(m)), 45_000, step);
    for (let i = 0; i < WARMUP_FRAMES; i++) await step();
    const xr = await timed();
    const summary = (run) => ({ calls: run.stats.calls, triangles: run.stats.triangles, readbackMsMedian: round(median(run.times)) });
    // The controllers' models arrive, but without XR frames their poses never do: they are not drawn here.
    return { desktop: summary(desktop), xr: { ...summary(xr), panelText: seen.panel }, callsRatio: ratio(xr.stats.calls, desktop.stats.calls) };
  } finally {
    await page.close();
  }
}

/** Rejects after `ms` (the caller closes what the promise was waiting on). */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** One scene in a headset; any failure (a session that does not start, a timeout) becomes `{ error }`. */
async function measureXr(browser, origin, id, trackExternal) {
  // A context of its own per scene: closing it ends whatever a timed-out measurement left waiting.
  const context = await browser.newContext(CONTEXT_OPTIONS);
  trackExternal(context);
  const result = {};
  try {
    await withTimeout(
      (async () => {
        const live = await measureXrLive(context, origin, id);
        Object.assign(result, {
          live,
          callsRatio: ratio(live.xr.calls, live.desktop.calls),
          trianglesRatio: ratio(live.xr.triangles, live.desktop.triangles),
          frameTimeRatio: ratio(live.xr.msPerFrameMedian, live.desktop.msPerFrameMedian),
        });
        const capture = await measureXrCapture(context, origin, id);
        Object.assign(result, { capture, captureFrameTimeRatio: ratio(capture.xr.readbackMsMedian, capture.desktop.readbackMsMedian) });
      })(),
      XR_SCENE_TIMEOUT_MS,
      `xr ${id}`,
    );
  } catch (error) {
    result.error = error.message.split('\n')[0];
  } finally {
    await context.close().catch(() => {});
  }
  return result;
}

async function measureAllXr(browser, origin, sceneIds, trackExternal) {
  const scenes = {};
  for (const id of sceneIds) {
    log(`xr: ${id}`);
    const sceneStart = Date.now();
    scenes[id] = await measureXr(browser, origin, id, trackExternal);
    const r = scenes[id];
    if (r.error && !r.live) log(`xr ${id} could not be measured: ${r.error}`);
    else {
      log(
        `xr ${id}: ${r.live.xr.calls} calls (desktop ${r.live.desktop.calls}, x${r.callsRatio}), ${r.live.xr.triangles} triangles (x${r.trianglesRatio}); ` +
          `frame ${r.live.xr.msPerFrameMedian} ms vs ${r.live.desktop.msPerFrameMedian} ms (x${r.frameTimeRatio})` +
          (r.capture ? `; capture readback x${r.captureFrameTimeRatio}` : `; capture: ${r.error}`) +
          `; ${round((Date.now() - sceneStart) / 1000, 1)} s`,
      );
    }
  }
  return {
    method:
      "Emulated Quest 3 (iwer, ?xr=emulate), entered from the pause menu at each scene's spawn, controllers and panel drawn. " +
      "live: median wall-clock interval of the session's frames vs the desktop's frames in the same page (display-capped where cheap). " +
      'capture: salvage.advance() + 1-pixel readPixels in the session vs on the desktop in the same page (both eyes and the panel drawn, outside an XR frame: ' +
      'the controllers are not drawn, their poses only come with XR frames). ' +
      'calls and triangles are whole frames (both eyes).',
    frames: { liveWarmup: XR_LIVE_WARMUP, live: XR_LIVE_FRAMES, capture: XR_CAPTURE_FRAMES },
    scenes,
  };
}

/** null when the baseline is too fast to divide by (below the timer's resolution). */
const ratio = (a, b) => (b > 0 ? round(a / b, 2) : null);
const ratios = (scene, baseline, pass) => ({
  ratioToBaseline: ratio(scene.msPerFrameMedian, baseline.msPerFrameMedian),
  readbackRatioToBaseline: ratio(scene.readbackMsMedian, baseline.readbackMsMedian),
  // The frame's whole cost (with readback) in full-screen standard-material passes: the issue's goal is <= 2.
  passes: ratio(scene.readbackMsMedian, pass.readbackMsMedian),
});

async function run() {
  const startedAt = Date.now();
  // BENCH_SCENES=plaza,beach measures only those (for a quick look; the full report measures all).
  const only = process.env.BENCH_SCENES?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const sceneIds = stagedSceneIds().filter((id) => !only?.length || only.includes(id));
  log(`scenes: ${sceneIds.join(', ') || '(none)'}`);
  const { server, origin } = await startServer();
  log(`serving dist/ at ${origin}`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS });
  const externalRequests = new Set();
  const cspViolations = new Set();
  try {
    // Every context is watched for requests leaving the server and for the browser's reports of
    // what the app's Content-Security-Policy refused (both should stay empty).
    const trackExternal = (context) => {
      context.on('request', (request) => {
        const url = request.url();
        if (!/^(data|blob):/.test(url) && !url.startsWith(`${origin}/`)) externalRequests.add(url);
      });
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.add(message.text());
      });
    };
    log('title screen JavaScript');
    const title = await titleJs(browser, origin, trackExternal);
    const context = await browser.newContext(CONTEXT_OPTIONS);
    trackExternal(context);
    log('baseline: empty Canvas');
    const baseline = await measure(context, `${origin}/?capture=1`, false);
    log('baseline: one full-screen standard-material pass');
    await routeStandardPass(context);
    const standardPass = await measure(context, `${origin}${PASS_PATH}`, false);
    const scenes = {};
    for (const id of sceneIds) {
      log(`scene: ${id}`);
      const sceneStart = Date.now();
      try {
        const result = await measure(context, `${origin}/?scene=${encodeURIComponent(id)}&capture=1`, true);
        scenes[id] = { ...result, ...ratios(result, baseline, standardPass) };
        scenes[id].firstFrame = await firstFrame(context, origin, id).catch((error) => ({ error: error.message.split('\n')[0] }));
        // BENCH_TIERS=0 skips the lower adaptive-quality levels (each a pinned ?quality=N).
        if (process.env.BENCH_TIERS !== '0') {
          scenes[id].levels = {};
          for (const level of [1, 2, 3]) {
            const tier = await measure(context, `${origin}/?scene=${encodeURIComponent(id)}&capture=1&quality=${level}`, true);
            scenes[id].levels[level] = { passes: ratios(tier, baseline, standardPass).passes, drawingBuffer: tier.drawingBuffer, points: tier.points, lines: tier.lines };
          }
        }
        const levels = scenes[id].levels
          ? `; levels 1-3: ${Object.values(scenes[id].levels)
              .map((l) => l.passes)
              .join(', ')} passes`
          : '';
        log(
          `scene ${id}: ${scenes[id].passes} passes${levels}, first frame ${scenes[id].firstFrame.error ?? `${scenes[id].firstFrame.deepLinkMs} ms by deep link, ${scenes[id].firstFrame.fromConstructMs ?? '-'} ms from the construct`}, programs ${result.programsAtReady} at ready, ${result.programs} after; ${round((Date.now() - sceneStart) / 1000, 1)} s`,
        );
      } catch (error) {
        log(`scene ${id} could not be measured: ${error.message}`);
        scenes[id] = { error: error.message };
      }
    }
    // BENCH_XR=0 skips the headset half (a quick desktop-only look).
    const xr = process.env.BENCH_XR === '0' ? null : await measureAllXr(browser, origin, sceneIds, trackExternal);
    // BENCH_LIGHTHOUSE=0 skips Lighthouse (its own server and browser, one run of about 20 s).
    let lighthouse = null;
    if (process.env.BENCH_LIGHTHOUSE !== '0') {
      log('lighthouse: the title, mobile profile');
      lighthouse = await measureTitleWithLighthouse().catch((error) => ({ error: error.message.split('\n')[0] }));
    }
    const result = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      ...(await pageEnvironment(context, origin)),
      viewport: VIEWPORT,
      frames: { warmup: WARMUP_FRAMES, timed: TIMED_FRAMES, readback: READBACK_FRAMES, stepSeconds: round(STEP, 6) },
      baseline,
      standardPass,
      scenes,
      xr,
      titleJs: title,
      lighthouse,
      externalRequests: [...externalRequests],
      cspViolations: [...cspViolations],
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
