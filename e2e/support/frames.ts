import type { Page } from '@playwright/test';
import { countFlashes, countRedFlashes } from '../../src/systems/flash-analysis';
import { expect } from './fixtures';

export interface FrameSample {
  t: number;
  /** Mean relative luminance of the whole view, then of each quarter (each a quarter of the view). */
  luminance: number[];
  /** WCAG red measure, same regions. */
  red: number[];
  /** Spread of luminance over a coarse grid: near 0 for a blank view. */
  spread: number;
}

/**
 * Renders frames in capture mode (`?capture=1`) at the given scene times and measures each one
 * in the page, right after it is drawn (the drawing buffer is not preserved).
 */
export async function captureFrames(page: Page, times: number[]): Promise<FrameSample[]> {
  return page.evaluate((times) => {
    const canvas = document.querySelector('canvas')!;
    const gl = canvas.getContext('webgl2')!;
    const w = gl.drawingBufferWidth;
    const h = gl.drawingBufferHeight;
    const pixels = new Uint8Array(w * h * 4);
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const STEP = 4;
    return times.map((t) => {
      window.salvage!.advance(t);
      gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      const lum = [0, 0, 0, 0, 0];
      const red = [0, 0, 0, 0, 0];
      const count = [0, 0, 0, 0, 0];
      const grid: number[] = new Array(64).fill(0);
      const gridCount: number[] = new Array(64).fill(0);
      for (let y = 0; y < h; y += STEP) {
        for (let x = 0; x < w; x += STEP) {
          const i = (y * w + x) * 4;
          const r = pixels[i]!;
          const g = pixels[i + 1]!;
          const b = pixels[i + 2]!;
          const l = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
          const sum = r + g + b;
          const rm = sum > 0 && r / sum >= 0.8 ? Math.max(0, ((r - g - b) / 255) * 320) : 0;
          const quarter = 1 + (x < w / 2 ? 0 : 1) + (y < h / 2 ? 0 : 2);
          for (const k of [0, quarter]) {
            lum[k]! += l;
            red[k]! += rm;
            count[k]! += 1;
          }
          const cell = Math.floor((y / h) * 8) * 8 + Math.floor((x / w) * 8);
          grid[cell]! += l;
          gridCount[cell]! += 1;
        }
      }
      const cells = grid.map((v, i) => v / Math.max(1, gridCount[i]!));
      const mean = cells.reduce((a, b) => a + b, 0) / cells.length;
      const spread = Math.sqrt(cells.reduce((a, c) => a + (c - mean) ** 2, 0) / cells.length);
      return { t, luminance: lum.map((v, k) => v / count[k]!), red: red.map((v, k) => v / count[k]!), spread };
    });
  }, times);
}

/** Renders capture frames until the scene reports ready; returns the next free scene time. */
export async function advanceUntilReady(page: Page, step = 1 / 30): Promise<number> {
  await page.waitForFunction(() => window.salvage !== undefined);
  let t = 0;
  for (let i = 0; i < 600; i += 1) {
    t += step;
    const ready = await page.evaluate((t) => {
      window.salvage!.advance(t);
      return window.salvage!.state().ready;
    }, t);
    if (ready) return t + step;
  }
  throw new Error('The scene never became ready in capture mode');
}

/**
 * The WCAG 2.3.1 limit on a run of captured frames: at most three general and three red flashes
 * in any second, in the whole view and in each of its quarters.
 */
export function expectWithinFlashLimit(frames: FrameSample[]): void {
  const at = frames.map((f) => f.t);
  for (let region = 0; region < 5; region += 1) {
    const general = countFlashes(
      frames.map((f) => f.luminance[region]!),
      at,
    );
    const red = countRedFlashes(
      frames.map((f) => f.red[region]!),
      at,
    );
    expect(general.maxPerSecond, `general flashes in region ${region}`).toBeLessThanOrEqual(3);
    expect(red.maxPerSecond, `red flashes in region ${region}`).toBeLessThanOrEqual(3);
  }
}
