/**
 * Pure text work for the prerendered pages (see title-prerender-plugin.ts): where the title's HTML
 * and its critical styles go in index.html, and the page that tells the story without JavaScript.
 */

/** Where the title's prerendered HTML goes in index.html: the only child of #root. */
export const TITLE_SLOT = '<!--prerendered-title-->';
/** Where the critical styles go in index.html's head. */
export const CRITICAL_CSS_SLOT = '<!--critical-css-->';
/** The page with the whole story as text, beside index.html. */
export const TEXT_PAGE = 'text.html';

/** Comments and needless whitespace out: the styles travel inside every page load. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

function fill(html: string, slot: string, content: string): string {
  const at = html.indexOf(slot);
  if (at < 0 || html.indexOf(slot, at + slot.length) >= 0) throw new Error(`index.html needs exactly one ${slot}`);
  return html.slice(0, at) + content + html.slice(at + slot.length);
}

/** index.html with the title's markup in #root and its critical styles inlined in the head. */
export function fillIndexHtml(html: string, parts: { titleHtml: string; criticalCss: string }): string {
  return fill(fill(html, TITLE_SLOT, parts.titleHtml), CRITICAL_CSS_SLOT, `<style>${minifyCss(parts.criticalCss)}</style>`);
}

/** A page with no script: the text version's markup, the critical styles and the app's stylesheet. */
export function textPageHtml(parts: { bodyHtml: string; criticalCss: string; stylesheets: string[]; description: string }): string {
  const links = parts.stylesheets.map((href) => `<link rel="stylesheet" href="${href}" />`).join('');
  return (
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" />' +
    '<meta name="viewport" content="width=device-width, initial-scale=1.0" />' +
    `<meta name="description" content="${parts.description.replace(/"/g, '&quot;')}" />` +
    '<meta name="theme-color" content="#0b0f0c" /><link rel="icon" href="/favicon.svg" type="image/svg+xml" />' +
    `<title>Salvage: the story as text</title><style>${minifyCss(parts.criticalCss)}</style>${links}</head>` +
    `<body><div id="root">${parts.bodyHtml}</div></body></html>\n`
  );
}
