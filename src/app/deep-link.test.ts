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

describe('the guided tour from the address', () => {
  it('?tour=1 alone starts the tour from the beginning', () => {
    const { story, notice, tourSpeed } = readLaunchOptions('?tour=1', storyIndex);
    expect(notice).toBeNull();
    expect(story).toMatchObject({ mode: 'tour', scene: 'construct', arrived: false, beat: null, seen: [] });
    expect(tourSpeed).toBeUndefined();
  });

  it('?tour=1 with a scene or a beat starts the tour there', () => {
    expect(readLaunchOptions('?tour=1&scene=corridor', storyIndex).story).toMatchObject({ mode: 'tour', scene: 'corridor' });
    expect(readLaunchOptions('?beat=corridor.offer&tour=1', storyIndex).story).toMatchObject({ mode: 'tour', beat: 'corridor.offer' });
  });

  it('anything but tour=1 walks', () => {
    expect(readLaunchOptions('?tour=0', storyIndex).story).toBeNull();
    expect(readLaunchOptions('?tour=yes&scene=construct', storyIndex).story).toMatchObject({ mode: 'explore' });
  });

  it.each([
    ['8', 8],
    ['0.5', 0.5],
    ['0.01', 0.25],
    ['1000', 20],
  ])('&speed=%s plays at %s', (speed, expected) => {
    const options = readLaunchOptions(`?tour=1&speed=${speed}`, storyIndex);
    expect(options.tourSpeed).toBe(expected);
    expect(options.notice).toBeNull();
  });

  it.each(['fast', '', '-2', '0', 'Infinity', 'NaN'])('&speed=%s plays at 1, with a notice', (speed) => {
    const options = readLaunchOptions(`?tour=1&speed=${speed}`, storyIndex);
    expect(options.tourSpeed).toBe(1);
    expect(options.notice).toMatch(/not a positive number/);
    expect(options.story).toMatchObject({ mode: 'tour' });
  });

  it('a bad place and a bad speed are both told', () => {
    const { story, notice } = readLaunchOptions('?tour=1&scene=atlantis&speed=warp', storyIndex);
    expect(story).toBeNull();
    expect(notice).toMatch(/no scene called "atlantis".*speed "warp"/);
  });
});

describe('the headset emulator from the address', () => {
  it('is off unless asked for', () => {
    expect(readLaunchOptions('?scene=construct', storyIndex).xrEmulate).toBeUndefined();
  });

  it('?xr=emulate turns it on, alone or with a deep link, with no notice', () => {
    expect(readLaunchOptions('?xr=emulate', storyIndex)).toEqual({ story: null, notice: null, capture: false, xrEmulate: true });
    expect(readLaunchOptions('?scene=corridor&xr=emulate', storyIndex)).toMatchObject({ xrEmulate: true, notice: null, story: { scene: 'corridor' } });
  });

  it.each(['1', 'true', '', 'EMULATE'])('?xr=%s leaves it off, with a notice', (value) => {
    const options = readLaunchOptions(`?xr=${value}`, storyIndex);
    expect(options.xrEmulate).toBeUndefined();
    expect(options.notice).toMatch(/only "emulate"/);
  });

  it.each([
    ['?lang=fr', 'fr'],
    ['?lang=DE', 'de'],
    ['?lang=es-MX', 'es'],
  ])('%s asks for a language Salvage has, with no notice', (query, language) => {
    const options = readLaunchOptions(query, storyIndex);
    expect(options.language).toBe(language);
    expect(options.unknownLanguage).toBeUndefined();
    expect(options.notice).toBeNull();
  });

  it('an unknown ?lang= is kept, cut short, for its notice, and asks for no language', () => {
    const options = readLaunchOptions(`?lang=${'x'.repeat(30)}`, storyIndex);
    expect(options.language).toBeUndefined();
    expect(options.unknownLanguage).toBe(`${'x'.repeat(20)}…`);
  });

  it("a bad link also comes as interface strings, for the notice in the player's language", () => {
    const options = readLaunchOptions('?scene=nowhere&speed=fast', storyIndex);
    expect(options.messages?.map((m) => m.key)).toEqual(['link.noScene', 'link.badSpeed']);
    expect(options.messages?.[0]?.params).toEqual({ value: 'nowhere' });
  });
});
