import type { Plugin } from 'vite';
import { withCspMeta } from './csp';

/**
 * Gives every built HTML page (index.html, text.html) its Content-Security-Policy as a
 * `<meta http-equiv>`, with the hashes of the inline styles and style attributes the prerendered
 * pages carry, so the policy holds wherever the build is served (`vite preview`, any static host).
 * Build only: the dev server injects inline scripts and styles of its own (React refresh, CSS
 * modules as <style> elements), so it runs without a policy.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'salvage-csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.html'));
        if (!pages.some((page) => page.fileName === 'index.html')) this.error('index.html was not in the bundle when its policy was due');
        for (const page of pages) {
          if (page.type !== 'asset') continue;
          const source = typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);
          if (source.includes('http-equiv="Content-Security-Policy"')) continue;
          page.source = withCspMeta(source);
        }
      },
    },
  };
}
