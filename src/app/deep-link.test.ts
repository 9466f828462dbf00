import { describe, expect, it } from 'vitest';
import { storyIndex } from '../story/story-index';
import { readLaunchOptions } from './deep-link';

describe('launch options from the address', () => {
  it('no parameters: the title, no notice', () => {
    expect(readLaunchOptions('', storyIndex)).toEqual({ story: null, notice: null, capture: false });
  });

  it('?scene= lands at that scene, not yet arrived, with what Neo would carry', () => {
    const { story, notice } = readLaunchOptions('?scene=corridor', storyIndex);
    expect(notice).toBeNull();
    expect(story).toMatchObject({ scene: 'corridor', arrived: false, mode: 'explore', beat: null });
    expect(story!.seen).toContain('plaza.door');
  });

  it('?beat= starts that beat at its first line', () => {
    const { story } = readLaunchOptions('?beat=corridor.blue', storyIndex);
    expect(story).toMatchObject({ scene: 'corridor', beat: 'corridor.blue', line: 0 });
    expect(story!.inventory).toEqual(expect.arrayContaining(['red-pill', 'blue-pill']));
  });

  it.each([
    ['?scene=atlantis', /no scene called "atlantis"/],
    ['?beat=plaza.nowhere', /no beat called "plaza.nowhere"/],
    ['?scene=', /not a valid name/],
    ['?scene=' + 'x'.repeat(500), /not a valid name|no scene/],
    ['?beat=../../etc', /not a valid name/],
    ['?scene=title', /no scene called "title"/],
    ['?scene=plaza&beat=plaza.door', /both a scene and a beat/],
  ])('%s lands on the title with a notice', (query, words) => {
    const { story, notice } = readLaunchOptions(query, storyIndex);
    expect(story).toBeNull();
    expect(notice).toMatch(words);
    expect(notice!.length).toBeLessThan(200);
  });

  it('?capture=1 turns on capture mode, alone or with a deep link', () => {
    expect(readLaunchOptions('?capture=1', storyIndex).capture).toBe(true);
    expect(readLaunchOptions('?scene=construct&capture=1', storyIndex)).toMatchObject({ capture: true, notice: null });
  });
});
