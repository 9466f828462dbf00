import { describe, expect, it } from 'vitest';
import { chooseQuality } from './quality';

describe('the quality tier', () => {
  it('a CPU renderer draws one pixel per CSS pixel, without multisampling, phone or not', () => {
    expect(chooseQuality('Google SwiftShader', false)).toMatchObject({ tier: 'software', dpr: [1, 1], antialias: false });
    expect(chooseQuality('llvmpipe (LLVM 15.0.6, 256 bits)', true).tier).toBe('software');
  });

  it('a phone or tablet draws at most 1.25 pixels per CSS pixel, without multisampling', () => {
    expect(chooseQuality('Adreno (TM) 650', true)).toMatchObject({ tier: 'handheld', dpr: [1, 1.25], antialias: false });
  });

  it('a desktop GPU multisamples and draws up to 1.5 pixels per CSS pixel', () => {
    expect(chooseQuality('ANGLE (NVIDIA GeForce RTX 3060)', false)).toMatchObject({ tier: 'desktop', dpr: [1, 1.5], antialias: true });
  });
});
