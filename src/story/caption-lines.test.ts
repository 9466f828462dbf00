import { describe, expect, it } from 'vitest';
import { READING_RATE, readingSeconds } from '../systems/tour-director';
import { CAPTION_LINE_CHARS, captionChunks, fitsOnScreen, narrationCaptions, READING_CHARS_PER_SECOND, wrapCaption } from './caption-lines';
import { storyScript } from './script';

const everyLine = storyScript.scenes.flatMap((scene) => scene.beats.flatMap((beat) => beat.lines.map((line) => ({ where: beat.id, text: line.text }))));

describe('the script against the subtitle guides', () => {
  it('every line of dialogue and narration fits two lines of about 42 characters', () => {
    const tooLong = everyLine.filter((line) => !fitsOnScreen(line.text));
    expect(tooLong).toEqual([]);
  });

  it('every choice fits one line', () => {
    const labels = storyScript.scenes.flatMap((scene) => scene.beats.flatMap((beat) => (beat.choices ?? []).map((c) => c.label)));
    for (const label of labels) expect(label.length, label).toBeLessThanOrEqual(CAPTION_LINE_CHARS);
  });

  it("every tour caption the scenes' narration becomes fits two lines", () => {
    for (const scene of storyScript.scenes) for (const caption of narrationCaptions(scene.narration)) expect(fitsOnScreen(caption), caption).toBe(true);
  });

  it('lines that read on by themselves (the tour) stay up long enough to read at 17 characters a second', () => {
    expect(READING_RATE).toBeLessThanOrEqual(READING_CHARS_PER_SECOND);
    for (const line of everyLine) expect(readingSeconds(line.text)).toBeGreaterThanOrEqual(line.text.length / READING_CHARS_PER_SECOND);
  });

  it('descriptions are written for every place, and beside every staged cue that shows something', () => {
    for (const scene of storyScript.scenes) expect(scene.description.length, scene.scene).toBeGreaterThan(40);
    const cued = storyScript.scenes.flatMap((scene) => scene.beats.flatMap((beat) => beat.lines.filter((line) => line.cue)));
    expect(cued.filter((line) => !line.describe).map((line) => line.cue)).toEqual([]);
  });
});

describe('cutting a long caption', () => {
  it('wraps by words', () => {
    expect(wrapCaption('one two three', 7)).toEqual(['one two', 'three']);
  });

  it('leaves a caption that fits as it is', () => {
    expect(captionChunks('Short and sweet.')).toEqual(['Short and sweet.']);
  });

  it('cuts after a sentence or a clause, and loses no word', () => {
    const text = 'Lakes become mountains. The water flies up and hovers, and turns into furniture, then something else.';
    const chunks = captionChunks(text);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(fitsOnScreen(chunk)).toBe(true);
    expect(chunks.join(' ')).toBe(text);
    expect(chunks[0]).toBe('Lakes become mountains.');
  });

  it('cuts a clause with no pause in it between words', () => {
    const text = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const chunks = captionChunks(text);
    for (const chunk of chunks) expect(fitsOnScreen(chunk)).toBe(true);
    expect(chunks.join(' ')).toBe(text);
  });
});
