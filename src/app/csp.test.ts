import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspHash, findInlineCode, withCspMeta } from './csp';

const PAGE =
  '<!doctype html><html><head><meta charset="UTF-8" /><style>a{color:red}</style>' +
  '<script type="module" src="/assets/index.js"></script><script>window.x = 1;</script></head>' +
  '<body><p style="animation-delay:0.4s">a</p><p style="font-family:&quot;X&quot;">b</p><p style="animation-delay:0.4s">c</p></body></html>';

describe('the Content-Security-Policy of a built page', () => {
  it('finds inline scripts (not external ones), styles and distinct style attributes, decoded', () => {
    expect(findInlineCode(PAGE)).toEqual({
      scripts: ['window.x = 1;'],
      styles: ['a{color:red}'],
      styleAttributes: ['animation-delay:0.4s', 'font-family:"X"'],
    });
  });

  it('hashes as browsers do: sha256 of the UTF-8 text, base64', () => {
    // echo -n 'a{color:red}' | openssl dgst -sha256 -binary | base64
    expect(cspHash('a{color:red}')).toBe("'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs='");
  });

  it('allows only this origin, never eval, and the inline code by hash', () => {
    const policy = contentSecurityPolicy(findInlineCode(PAGE));
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(`script-src 'self' blob: ${cspHash('window.x = 1;')}`);
    expect(policy).toContain(`style-src 'self' ${cspHash('a{color:red}')}`);
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${cspHash('animation-delay:0.4s')} ${cspHash('font-family:"X"')}`);
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('goes right after the charset, before anything it governs', () => {
    const html = withCspMeta(PAGE);
    const at = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(at).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(at).toBeLessThan(html.indexOf('<style>'));
    expect(() => withCspMeta('<p>no head</p>')).toThrow(/head/);
  });
});
