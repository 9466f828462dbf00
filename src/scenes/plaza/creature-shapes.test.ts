import { describe, expect, it } from 'vitest';
import { KINDS, PART, shardsFor } from './creature-shapes';

describe('creatures made of glass shards', () => {
  it.each(KINDS)('%s: the same seed gives the same shards', (kind) => {
    expect(shardsFor(kind, 120, 4)).toEqual(shardsFor(kind, 120, 4));
  });

  it('gives birds and cats wings, dogs and unicorns legs, and unicorns glowing eyes', () => {
    const parts = (kind: (typeof KINDS)[number]) => new Set(Array.from({ length: 400 }, (_, i) => shardsFor(kind, 400, 1).target[i * 4 + 3]));
    expect(parts('tiger-bird').has(PART.leftWing)).toBe(true);
    expect(parts('winged-cat').has(PART.rightWing)).toBe(true);
    expect(parts('tusked-dog').has(PART.frontLeg)).toBe(true);
    expect(parts('unicorn').has(PART.glow)).toBe(true);
  });
});
