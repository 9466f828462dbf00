import type { Plugin } from 'vite';
import { STORY_LANGUAGES } from '../i18n/story-languages';
import { readStoryFiles } from './story-files';
import { storyShape } from './script/shape';
import { checkStoryText, formatProblems } from './text-compiler';

/**
 * Checks the story's words against its structure before anything is bundled: `vite build` fails
 * with each missing, orphan, empty or too long text by file and key. The dev server only warns
 * (and again when a file of assets/story changes), so that a writer can keep working.
 */
export function storyText(): Plugin {
  let root = process.cwd();
  let building = true;
  const problems = () => formatProblems(checkStoryText(storyShape, readStoryFiles(root, STORY_LANGUAGES)));
  return {
    name: 'salvage-story-text',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    buildStart() {
      const found = problems();
      if (!found) return;
      const message = `The story's words do not fit its structure:\n${found}`;
      if (!building) this.warn(message);
      else this.error(message);
    },
    // The speaker beside each line is for translators, and the compiler has checked it: the
    // structure has it, so the bundle leaves it out (about 0.4 kB of the title's script, gzipped).
    transform: {
      order: 'pre',
      handler(code, id) {
        if (!building || !/[\\/]assets[\\/]story[\\/][a-z]+[\\/][a-z-]+\.json$/.test(id)) return null;
        return { code: JSON.stringify(withoutSpeakers(JSON.parse(code))), map: null };
      },
    },
    configureServer(server) {
      server.watcher.on('change', (path) => {
        if (!/assets[\\/]story[\\/]/.test(path)) return;
        const found = problems();
        if (found) server.config.logger.warn(`The story's words do not fit its structure:\n${found}`);
      });
    },
  };
}

/** Drops each line's speaker; a line left with only its text becomes that text (resolve.ts reads both). */
function withoutSpeakers(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([key]) => key !== 'speaker');
  if ('speaker' in value && entries.length === 1 && entries[0]![0] === 'text') return entries[0]![1];
  return Object.fromEntries(entries.map(([key, inner]) => [key, withoutSpeakers(inner)]));
}
