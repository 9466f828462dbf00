import { describe, expect, it } from 'vitest';
import type { SoundSourceReport } from '../audio/sound-sources';
import { SoundCaptioner } from './sound-captions';

const player = { x: 0, z: 0, yaw: 0 };
const gull: SoundSourceReport = { name: 'gull', caption: 'a seagull crying in the distance', position: [-80, 5, 0] };
const rain: SoundSourceReport = { name: 'rain', caption: 'rain hissing and dripping', position: null };
const steps: SoundSourceReport = { name: 'footsteps', caption: 'your footsteps on wet stone', position: null };

/** Steps the captioner every tenth of a second from `from` to `to`, with the same sources. */
function run(c: SoundCaptioner, from: number, to: number, sources: SoundSourceReport[]): (string | null)[] {
  const seen: (string | null)[] = [];
  for (let t = from; t < to; t += 0.1) seen.push(c.step(t, sources, player));
  return seen;
}

describe('sound captions', () => {
  it('captions a sound that starts, with where it comes from relative to the view', () => {
    const c = new SoundCaptioner();
    expect(c.step(0, [gull], player)).toBe('[a seagull crying in the distance, far left]');
  });

  it('gives sound all around no direction', () => {
    expect(new SoundCaptioner().step(0, [rain], player)).toBe('[rain hissing and dripping]');
  });

  it("never captions the player's own footsteps", () => {
    expect(new SoundCaptioner().step(0, [steps], player)).toBeNull();
  });

  it('shows one caption at a time, each long enough to read, then the next', () => {
    const c = new SoundCaptioner();
    const seen = run(c, 0, 3, [gull, rain]);
    expect(seen[0]).toContain('seagull');
    expect(seen.slice(0, 24).every((s) => s?.includes('seagull'))).toBe(true);
    expect(seen.at(-1)).toBe('[rain hissing and dripping]');
  });

  it('clears a caption once it has been up a while and nothing new sounds', () => {
    const c = new SoundCaptioner();
    const seen = run(c, 0, 6, [rain]);
    expect(seen[0]).not.toBeNull();
    expect(seen.at(-1)).toBeNull();
  });

  it('captions a sound again only after a silence', () => {
    const c = new SoundCaptioner();
    run(c, 0, 6, [gull]);
    expect(run(c, 6, 7, [gull]).every((s) => s === null)).toBe(true);
    run(c, 7, 14, []);
    expect(c.step(14, [gull], player)).toContain('seagull');
  });

  it('many voices of one source become one caption', () => {
    const c = new SoundCaptioner();
    const crowd: SoundSourceReport[] = [
      { name: 'crowd-voice', caption: 'someone in the crowd crying', position: [0, 1, -20] },
      { name: 'crowd-voice', caption: 'someone in the crowd laughing', position: [2, 1, -22] },
    ];
    expect(c.step(0, crowd, player)).toBe('[the crowd crying and laughing, ahead]');
  });
});
