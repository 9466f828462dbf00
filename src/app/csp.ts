import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of the built pages, and the hashes of the inline code they carry.
 * Pure text work, run at build time by csp-plugin.ts (and by its unit test).
 */

/** The inline code a page carries: `<script>` and `<style>` bodies and `style="..."` attributes. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/** An attribute's value as the browser sees it (React escapes only these few characters). */
function decodeAttribute(value: string): string {
  return value.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (entity) => ENTITIES[entity]!);
}

/** Every inline script (those without `src`), style element and style attribute in `html`. */
export function findInlineCode(html: string): InlineCode {
  const bodies = (tag: string, skip?: RegExp) =>
    [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'))].filter((m) => !skip?.test(m[1] ?? '')).map((m) => m[2]!);
  return {
    scripts: bodies('script', /\ssrc=/i).filter((body) => body.trim() !== ''),
    styles: bodies('style'),
    styleAttributes: [...new Set([...html.matchAll(/\sstyle="([^"]*)"/gi)].map((m) => decodeAttribute(m[1]!)))],
  };
}

/** A CSP source expression for `text`: `'sha256-<base64>'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy. Only this origin, no eval, and `blob:` only where the app makes code or images at
 * run time:
 * - script-src blob: troika (drei's <Text>) rebuilds its worker modules with `importScripts(blob:)`
 *   inside its blob worker, and the sound's mix recorder loads its AudioWorklet from a blob
 *   (worklets are governed by script-src);
 * - worker-src blob: troika's text worker is a blob;
 * - img-src and connect-src blob: three's GLTFLoader turns the images inside the controllers' .glb
 *   into blob URLs and fetches them (ImageBitmapLoader); img-src data: for images made from data URLs;
 * - style-src-attr: the prerendered title's few `style="animation-delay: ..."` attributes, by hash
 *   (React sets later styles through the CSSOM, which CSP does not govern).
 */
export function contentSecurityPolicy(code: InlineCode): string {
  const hashes = (list: string[]) => [...new Set(list)].map(cspHash).join(' ');
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', `'self' blob: ${hashes(code.scripts)}`],
    ['style-src', `'self' ${hashes(code.styles)}`],
    ['style-src-attr', code.styleAttributes.length ? `'unsafe-hashes' ${hashes(code.styleAttributes)}` : "'none'"],
    ['img-src', "'self' blob: data:"],
    ['font-src', "'self'"],
    ['connect-src', "'self' blob:"],
    ['worker-src', "'self' blob:"],
    ['manifest-src', "'self'"],
    ['media-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value.trim()}`).join('; ');
}

/**
 * `html` with its policy in its head, right after `<meta charset>` (which must stay within the
 * first 1024 bytes) and before anything the policy governs.
 */
export function withCspMeta(html: string): string {
  const policy = contentSecurityPolicy(findInlineCode(html));
  const anchor = /<meta charset="[^"]*"\s*\/?>/i.exec(html) ?? /<head(\s[^>]*)?>/i.exec(html);
  if (!anchor || !/<head(\s[^>]*)?>/i.test(html.slice(0, anchor.index + anchor[0].length))) {
    throw new Error('A page without <head> cannot carry its Content-Security-Policy');
  }
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${policy}" />${html.slice(at)}`;
}
