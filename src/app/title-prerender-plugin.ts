import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { fillIndexHtml, TEXT_PAGE, textPageHtml } from './title-page';

const CRITICAL_CSS = fileURLToPath(new URL('../ui/title.css', import.meta.url));
const PRERENDER_MODULE = '/src/app/title-prerender.tsx';

interface Prerendered {
  renderTitleHtml(): string;
  renderTextVersionHtml(): string;
}

/** Loads the prerender module through Vite (the dev server's own, or one made for the build). */
async function withPrerender<T>(server: ViteDevServer | undefined, root: string, render: (m: Prerendered) => T): Promise<T> {
  const own = server ? null : await createServer({ root, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  try {
    return render((await (server ?? own!).ssrLoadModule(PRERENDER_MODULE)) as Prerendered);
  } finally {
    await own?.close();
  }
}

/**
 * The title paints from the HTML itself: index.html gets the title screen rendered by the app's
 * own components (title-prerender.tsx) and the critical styles (ui/title.css) inlined; the build
 * also writes text.html, the whole story as text with no script, which the title's noscript block
 * points to.
 */
export function titlePrerender(): Plugin {
  let root = process.cwd();
  let base = '/';
  let textVersionHtml = '';
  let description = '';
  return {
    name: 'salvage-title-prerender',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? 'Salvage';
        const { titleHtml, textHtml } = await withPrerender(ctx.server, root, (m) => ({ titleHtml: m.renderTitleHtml(), textHtml: m.renderTextVersionHtml() }));
        textVersionHtml = textHtml;
        return fillIndexHtml(html, { titleHtml, criticalCss: readFileSync(CRITICAL_CSS, 'utf8') });
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const stylesheets = Object.values(bundle)
          .filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'))
          .map((file) => `${base}${file.fileName}`);
        this.emitFile({
          type: 'asset',
          fileName: TEXT_PAGE,
          source: textPageHtml({ bodyHtml: textVersionHtml, criticalCss: readFileSync(CRITICAL_CSS, 'utf8'), stylesheets, description }),
        });
      },
    },
  };
}
