import type { StoryText } from '../story/text-types';

/**
 * A language's words from its folder's JSON files (an eager `import.meta.glob` of
 * `assets/story/<lang>/*.json`, keyed by path): each file by its name. The text compiler has
 * checked at build time that every file is there and complete.
 */
export function storyTextOf(files: Record<string, unknown>): StoryText {
  const file = (name: string) => {
    const path = Object.keys(files).find((p) => p.endsWith(`/${name}.json`));
    if (!path) throw new Error(`The story's words lack ${name}.json`);
    return files[path];
  };
  return {
    scenes: { title: file('title'), construct: file('construct'), plaza: file('plaza'), corridor: file('corridor'), interlude: file('interlude'), beach: file('beach') },
    endings: file('endings'),
    items: file('items'),
    common: file('common'),
    around: file('around'),
  } as unknown as StoryText;
}
