import { describe, expect, it } from 'vitest';
import { stateAtBeat } from '../../story/deep-link';
import { storyIndex } from '../../story/story-index';
import { ghostRoomNamed } from './interlude-staging';

describe("Ghost's room", () => {
  const night = stateAtBeat(storyIndex, 'interlude.night-shift')!;
  const lines = storyIndex.beat('interlude.night-shift')!.lines;
  const named = lines.map((l) => l.speaker).lastIndexOf('sparks');

  it('is named by the last thing Sparks says on the night shift', () => {
    expect(named).toBeGreaterThan(0);
    expect(lines[named]!.text).toMatch(/Ghost/);
  });

  it('stays dark before that line, and is named from it on', () => {
    expect(ghostRoomNamed(storyIndex, { ...night, line: 0 })).toBe(false);
    expect(ghostRoomNamed(storyIndex, { ...night, line: named - 1 })).toBe(false);
    expect(ghostRoomNamed(storyIndex, { ...night, line: named })).toBe(true);
    expect(ghostRoomNamed(storyIndex, { ...night, line: lines.length - 1 })).toBe(true);
  });

  it('is not named by day, before the night shift', () => {
    expect(ghostRoomNamed(storyIndex, stateAtBeat(storyIndex, 'interlude.michael')!)).toBe(false);
    expect(ghostRoomNamed(storyIndex, stateAtBeat(storyIndex, 'interlude.chip')!)).toBe(false);
  });
});
