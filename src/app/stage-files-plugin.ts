import type { Plugin } from 'vite';
import { STAGE_FILES_META } from './stage-warmup';

/** The module whose import is the 3D half of the app (see stage-loader.ts). */
const STAGE_ENTRY = '/src/app/stage-entry.ts';

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
}

/** The files of the chunk built from `entry` and every chunk it imports, in load order. */
export function chunkFiles(bundle: Record<string, ChunkLike>, entry: string): string[] {
  const start = Object.values(bundle).find((file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(entry));
  if (!start) return [];
  const files: string[] = [];
  const visit = (fileName: string) => {
    if (files.includes(fileName)) return;
    files.push(fileName);
    for (const imported of bundle[fileName]?.imports ?? []) visit(imported);
  };
  visit(start.fileName);
  return files;
}

/**
 * Lists the 3D half's files in index.html (`<meta name="salvage-stage-files">`), for the title to
 * download them without running them while the visitor reads (stage-warmup.ts).
 */
export function stageFiles(): Plugin {
  let base = '/';
  return {
    name: 'salvage-stage-files',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = ctx.bundle ? chunkFiles(ctx.bundle as Record<string, ChunkLike>, STAGE_ENTRY) : [];
        if (files.length === 0) throw new Error(`salvage-stage-files: no chunk built from ${STAGE_ENTRY}`);
        return [{ tag: 'meta', attrs: { name: STAGE_FILES_META, content: files.map((file) => `${base}${file}`).join(' ') }, injectTo: 'head' }];
      },
    },
  };
}
