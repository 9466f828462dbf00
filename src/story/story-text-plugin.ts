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
    configureServer(server) {
      server.watcher.on('change', (path) => {
        if (!/assets[\\/]story[\\/]/.test(path)) return;
        const found = problems();
        if (found) server.config.logger.warn(`The story's words do not fit its structure:\n${found}`);
      });
    },
  };
}
