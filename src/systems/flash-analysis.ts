/**
 * Counts flashes in a luminance series the way WCAG 2.3.1 defines them: a flash is a pair of
 * opposing changes in relative luminance of 10% or more of the brighter value (0.1 absolute),
 * where the darker state is below 0.8. Used by tests on captured frames and on the flicker
 * function itself.
 */
export interface FlashReport {
  /** The most flashes found in any one-second window. */
  maxPerSecond: number;
  /** Every transition found, as times in seconds. */
  transitions: number[];
}

export const FLASH_DELTA = 0.1;
export const DARK_LIMIT = 0.8;

export function countFlashes(luminance: readonly number[], times: readonly number[]): FlashReport {
  const transitions: number[] = [];
  let extreme = luminance[0] ?? 0;
  let direction = 0;
  for (let i = 1; i < luminance.length; i += 1) {
    const value = luminance[i]!;
    const delta = value - extreme;
    const darker = Math.min(value, extreme);
    if (Math.abs(delta) >= FLASH_DELTA && darker < DARK_LIMIT) {
      const now = Math.sign(delta);
      if (now !== direction) transitions.push(times[i]!);
      direction = now;
      extreme = value;
    } else if ((direction >= 0 && value > extreme) || (direction <= 0 && value < extreme)) {
      // Follow the extreme in the current direction, so slow ramps count once.
      extreme = value;
    }
  }
  let maxPerSecond = 0;
  for (let i = 0; i < transitions.length; i += 1) {
    let j = i;
    while (j < transitions.length && transitions[j]! - transitions[i]! < 1) j += 1;
    maxPerSecond = Math.max(maxPerSecond, Math.floor((j - i) / 2));
  }
  return { maxPerSecond, transitions };
}

/** Relative luminance of an sRGB colour (0-255 channels), per WCAG. */
export function relativeLuminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * WCAG's red flash measure for a patch of pixels: the mean of (R - G - B) * 320 over the pixels
 * that are saturated red (R / (R + G + B) >= 0.8), 0 elsewhere. Channels 0-255.
 */
export function redMeasure(r: number, g: number, b: number): number {
  const sum = r + g + b;
  if (sum === 0 || r / sum < 0.8) return 0;
  return Math.max(0, ((r - g - b) / 255) * 320);
}

/** Counts red flashes: opposing changes of 20 or more in the red measure. */
export function countRedFlashes(measure: readonly number[], times: readonly number[]): FlashReport {
  // The same counting as for luminance, on a scale where 20 plays the part of 0.1.
  const scaled = measure.map((m) => m / 200);
  return countFlashes(
    scaled.map((m) => 0.79 - Math.min(m, 0.79)),
    times,
  );
}
