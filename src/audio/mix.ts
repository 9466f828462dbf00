/**
 * The mix as numbers: one target loudness for every scene's ambience, a slight duck under
 * dialogue, and a limiter's settings. Pure, so the figures are unit-tested.
 */

/** Every scene's ambience aims here (RMS over a few seconds, dBFS, at the mix before the volume). */
export const TARGET_DBFS = -24;
/** How far the ambience dips while a line of dialogue is on screen. */
export const DUCK_DB = -3;
/** Seconds the duck takes to settle (down and back up). */
export const DUCK_SECONDS = 0.25;

/** The master limiter: a fast, hard compressor a little under full scale. */
export const LIMITER = { threshold: -6, knee: 2, ratio: 20, attack: 0.002, release: 0.12 } as const;

export function dbToGain(db: number): number {
  return 10 ** (db / 20);
}

export function gainToDb(gain: number): number {
  return gain > 0 ? 20 * Math.log10(gain) : -Infinity;
}

/**
 * Each scene's trim on the master bus, in dB: measured with the seam (the scene's bed alone,
 * no dialogue), so that every scene's ambience sits at TARGET_DBFS. A scene not listed: 0.
 */
export const SCENE_TRIM_DB: Readonly<Record<string, number>> = {
  construct: 0,
  plaza: -6,
  corridor: 0,
  interlude: 0,
  beach: 0,
};

/** The master bus's gain for a scene: its trim, and the duck while dialogue is shown. */
export function busGain(scene: string | null, dialogue: boolean): number {
  return dbToGain((scene ? (SCENE_TRIM_DB[scene] ?? 0) : 0) + (dialogue ? DUCK_DB : 0));
}

/** RMS of a block of samples, in dBFS (-Infinity for silence). */
export function rmsDbfs(samples: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i += 1) sum += samples[i]! * samples[i]!;
  return samples.length ? gainToDb(Math.sqrt(sum / samples.length)) : -Infinity;
}

/** The largest absolute sample. */
export function peakOf(samples: ArrayLike<number>): number {
  let peak = 0;
  for (let i = 0; i < samples.length; i += 1) peak = Math.max(peak, Math.abs(samples[i]!));
  return peak;
}

/** The power mean of several RMS readings in dB: what one long window would have read. */
export function meanDb(readings: readonly number[]): number {
  const finite = readings.filter(Number.isFinite);
  if (!finite.length) return -Infinity;
  return 10 * Math.log10(finite.reduce((sum, db) => sum + 10 ** (db / 10), 0) / finite.length);
}

/**
 * The gain that brings a part measured at `measuredDb` (its own RMS, alone) to `targetDb`.
 * Used to set each scene's bed from one measurement instead of by ear.
 */
export function trimFor(measuredDb: number, targetDb = TARGET_DBFS): number {
  return dbToGain(targetDb - measuredDb);
}
