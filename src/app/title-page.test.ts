import { describe, expect, it } from 'vitest';
import { CRITICAL_CSS_SLOT, fillIndexHtml, minifyCss, TITLE_SLOT, textPageHtml } from './title-page';

describe('the prerendered pages', () => {
  const page = `<head>${CRITICAL_CSS_SLOT}</head><body><div id="root">${TITLE_SLOT}</div></body>`;

  it('puts the title in #root and its styles in the head', () => {
    const html = fillIndexHtml(page, { titleHtml: '<main>Salvage</main>', criticalCss: '/* why */\n.a {\n  color: red;\n}\n' });
    expect(html).toBe('<head><style>.a{color:red}</style></head><body><div id="root"><main>Salvage</main></div></body>');
  });

  it('refuses a page without exactly one slot for each', () => {
    expect(() => fillIndexHtml('<body></body>', { titleHtml: '', criticalCss: '' })).toThrow(TITLE_SLOT);
    expect(() => fillIndexHtml(page + TITLE_SLOT, { titleHtml: '', criticalCss: '' })).toThrow(TITLE_SLOT);
  });

  it('minifies without changing what a rule says', () => {
    expect(minifyCss('a > b , c { margin : 0 1rem ; }\n@media (x) { d { e: f; } }')).toBe('a>b,c{margin:0 1rem}@media (x){d{e:f}}');
  });

  it('makes a page with no script for the text version', () => {
    const html = textPageHtml({ bodyHtml: '<main>story</main>', criticalCss: 'a { b: c; }', stylesheets: ['/assets/x.css'], description: 'A "story"' });
    expect(html).toContain('<div id="root"><main>story</main></div>');
    expect(html).toContain('<link rel="stylesheet" href="/assets/x.css" />');
    expect(html).toContain('content="A &quot;story&quot;"');
    expect(html).not.toContain('<script');
  });
});
