import { describe, expect, it } from 'vitest';
import { storyScript } from './script';
import { storyAsText, type TextSection } from './text-version';

const sections = storyAsText(storyScript);
const texts = (section: TextSection | undefined) => section?.paragraphs.map((p) => p.text) ?? [];
const section = (heading: string) => sections.find((s) => s.heading === heading);

describe('storyAsText', () => {
  it('has one section per scene, in story order, then the endings', () => {
    expect(sections.map((s) => s.heading)).toEqual([...storyScript.scenes.map((s) => s.title), 'Endings']);
    expect(sections[0]?.heading).toBe('Zion, the control room');
  });

  it('opens each scene with its narration', () => {
    for (const scene of storyScript.scenes) {
      const paragraphs = section(scene.title)?.paragraphs.slice(0, scene.narration.length);
      expect(paragraphs).toEqual(scene.narration.map((text) => ({ speaker: null, text })));
    }
  });

  it('contains every line of every beat, in script order, with display names', () => {
    for (const scene of storyScript.scenes) {
      const spoken = section(scene.title)?.paragraphs.filter((p) => !p.text.startsWith('Choice: ')) ?? [];
      const lines = scene.beats.flatMap((b) => b.lines);
      let from = 0;
      for (const line of lines) {
        const at = spoken.findIndex((p, i) => i >= from && p.text.endsWith(line.text));
        expect(at, `${scene.scene}: "${line.text}"`).toBeGreaterThanOrEqual(from);
        from = at + 1;
      }
    }
    const prologue = section('Zion, the control room')?.paragraphs;
    expect(prologue).toContainEqual({ speaker: 'Neo', text: 'Plug me into the Matrix.' });
    expect(prologue).toContainEqual({ speaker: 'Link', text: "I thought you'd never want to see that thing again." });
    expect(prologue).toContainEqual({ speaker: null, text: 'Zion is still standing.' });
  });

  it('names Agent Smith and marks the whispered last line', () => {
    const corridor = section('The hallway of doors')?.paragraphs;
    expect(corridor).toContainEqual({ speaker: 'Agent Smith', text: "Well, well, if it isn't Mr. Anderson." });
    const beach = section('The construct, by the ocean')?.paragraphs ?? [];
    expect(beach.at(-2)).toEqual({ speaker: 'Agent Smith', text: '(whispering) I never needed them anyway.' });
    expect(beach.at(-1)).toEqual({ speaker: null, text: 'The end: Found.' });
  });

  it('lists every choice, and says which choice leads to a branch', () => {
    const corridor = texts(section('The hallway of doors'));
    expect(corridor).toContain('Choice: Hold out the red pill');
    expect(corridor).toContain('Choice: Hold out the blue pill');
    expect(corridor).toContain('Choice: Open your hand and let him choose');
    expect(corridor).toContain('Choice: Press the blue pill on him');
    expect(corridor).toContain('If you choose "Press the blue pill on him":');
    expect(texts(section('The construct, by the ocean'))).toContain('Choice: Take off his sunglasses');
    const choices = storyScript.scenes.flatMap((s) => s.beats.flatMap((b) => b.choices ?? []));
    const listed = sections.flatMap(texts).filter((t) => t.startsWith('Choice: '));
    expect(listed).toEqual(choices.map((c) => `Choice: ${c.label}`));
  });

  it('ends with the three endings and their closing lines', () => {
    const endings = sections.at(-1);
    expect(endings?.heading).toBe('Endings');
    expect(endings?.paragraphs).toEqual(
      (['found', 'forgotten', 'walked-away'] as const).map((id) => ({
        speaker: null,
        text: `${storyScript.endings[id].title}: ${storyScript.endings[id].closing}`,
      })),
    );
  });

  it('gives no paragraph an empty text', () => {
    expect(sections.flatMap(texts).filter((t) => t.trim() === '')).toEqual([]);
  });
});
