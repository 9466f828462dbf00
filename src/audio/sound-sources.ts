/**
 * What is sounding now, for the automation API and the captions that will read it: each scene's
 * sound registers its sources (a name, a caption-ready description, where it comes from) and
 * says, when asked, whether each is audible. Transient, never in the store.
 */
export interface SoundSource {
  /** A short stable name, e.g. 'crowd-voices'. */
  name: string;
  /** What a caption would say now, e.g. 'someone in the crowd laughing'. */
  caption: () => string;
  /** Where it comes from in the world, or null for sound all around (a room's tone, the wind). */
  position: () => readonly [number, number, number] | null;
  /** Whether it can be heard now (a gull between cries, the surf before the beach is painted: not). */
  audible: () => boolean;
  /** How strong it is now, 0 to 1, where that varies (a collapse's roar); omitted otherwise. */
  level?: () => number;
}

export interface SoundSourceReport {
  name: string;
  caption: string;
  position: [number, number, number] | null;
  level?: number;
}

const sources = new Set<SoundSource>();

/** Adds a source; returns the function that removes it (call it where its nodes are disposed). */
export function registerSoundSource(source: SoundSource): () => void {
  sources.add(source);
  return () => sources.delete(source);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The audible sources now, in registration order (with `all`, the silent ones too). */
export function audibleSources(all = false): SoundSourceReport[] {
  const out: SoundSourceReport[] = [];
  for (const s of sources) {
    if (!all && !s.audible()) continue;
    const at = s.position();
    const report: SoundSourceReport = { name: s.name, caption: s.caption(), position: at ? [round(at[0]), round(at[1]), round(at[2])] : null };
    if (s.level) report.level = round(s.level());
    out.push(report);
  }
  return out;
}
