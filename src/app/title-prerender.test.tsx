import { describe, expect, it } from 'vitest';
import { storyIndex } from '../story/story-index';
import { renderTextVersionHtml, renderTitleHtml } from './title-prerender';

describe('the title prerendered at build time', () => {
  const html = renderTitleHtml();

  it('holds the name, every line of the prologue, the notice and the ways in', () => {
    expect(html).toContain('<h1 class="title-name">Salvage</h1>');
    for (const line of storyIndex.beat('title.prologue')!.lines) expect(html).toContain(line.text.replace(/'/g, '&#x27;'));
    expect(html).toContain('Photosensitivity notice');
    for (const label of ['Start', 'Guided tour', 'Settings', 'Enter VR']) expect(html).toContain(`>${label}</button>`);
    expect(html).toContain('<a href="text.html">');
  });

  it('has no stage and no saved walk: what every visitor sees first', () => {
    expect(html).not.toContain('<canvas');
    expect(html).not.toContain('Continue');
  });

  it('renders the text version with every ending', () => {
    const text = renderTextVersionHtml();
    expect(text).toContain('class="text-version"');
    expect(text).toContain('Endings');
  });
});
