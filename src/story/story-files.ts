import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageFiles } from './text-compiler';

/**
 * Reads the story's words from disk for the text compiler (Node only: the build and the tests):
 * every JSON file of `assets/story/<lang>/`, parsed. A file that is not valid JSON is kept as
 * the error, which the compiler reports with its name.
 */
export function readStoryFiles(root: string, languages: readonly string[]): Record<string, LanguageFiles> {
  const out: Record<string, LanguageFiles> = {};
  for (const language of languages) {
    const dir = join(root, 'assets', 'story', language);
    const files: LanguageFiles = {};
    for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')) : []) {
      const source = readFileSync(join(dir, name), 'utf8');
      try {
        files[name] = JSON.parse(source);
      } catch (error) {
        files[name] = new SyntaxError(`not valid JSON: ${(error as Error).message}`);
      }
    }
    out[language] = files;
  }
  return out;
}
