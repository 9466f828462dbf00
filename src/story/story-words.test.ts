import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_AROUND } from '../i18n/story-en-around';
import { beachConfig } from '../scenes/beach/config';
import { constructConfig } from '../scenes/construct/config';
import { corridorConfig } from '../scenes/corridor/config';
import { interludeConfig } from '../scenes/interlude/config';
import { plazaConfig } from '../scenes/plaza/config';
import { storyShape } from './script/shape';
import { storyIndex } from './story-index';

const SRC = new URL('..', import.meta.url).pathname;

/** Every source file under src/, but tests. */
function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the story words that live beside the scenes', () => {
  it('names each landmark of every scene config in the story words, and no more', () => {
    for (const config of [constructConfig, plazaConfig, corridorConfig, interludeConfig, beachConfig]) {
      const shape = storyShape.scenes.find((s) => s.scene === config.id)!;
      expect(config.landmarks.map((l) => l.label).sort(), config.id).toEqual([...shape.landmarks].sort());
      for (const landmark of config.landmarks) expect(storyIndex.scene(config.id)?.landmarks?.[landmark.label]).toBeTruthy();
    }
  });

  it('has words for every sound caption a source reports, so that each can be translated', () => {
    const known = new Set(Object.values(ENGLISH_AROUND.sounds));
    const captions = sources().flatMap((file) => {
      // Comments aside: they quote captions as examples.
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      // Captions as sources write them: `caption: () => '...'`, `caption="..."`, `caption = '...'`
      // defaults, and the tables of captions (`caption: '...'`, crowd voices).
      const found = [...text.matchAll(/caption(?::\s*(?:\(\)\s*=>\s*)?|\s*=\s*|=)(['"])([^'"]+)\1/g)].map((m) => m[2]!);
      const table = /const CAPTIONS[^{]*\{([^}]*)\}/.exec(text)?.[1] ?? '';
      found.push(...[...table.matchAll(/: '([^']+)'/g)].map((m) => m[1]!));
      return found;
    });
    expect(captions.length).toBeGreaterThan(25);
    expect(captions.filter((caption) => !known.has(caption))).toEqual([]);
  });
});
