import { Color } from 'three';

/** What a figure wears and looks like: colours as CSS strings. */
export interface Palette {
  skin: string;
  lips: string;
  hair: string;
  brows: string;
  iris: string;
  jacket: string;
  shirt: string;
  tie: string;
  trousers: string;
  shoes: string;
}

export type Rgb = readonly [number, number, number];

const cache = new Map<string, Rgb>();
/** A colour as linear RGB floats, for vertex colours. */
export function rgb(css: string): Rgb {
  let c = cache.get(css);
  if (!c) {
    const color = new Color(css);
    c = [color.r, color.g, color.b];
    cache.set(css, c);
  }
  return c;
}

export function mix(a: Rgb, b: Rgb, k: number): Rgb {
  return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k];
}

export const SMITH_PALETTE: Palette = {
  skin: '#c9a48c',
  lips: '#a8736a',
  hair: '#1d1915',
  brows: '#2a221c',
  iris: '#8c9aa3',
  jacket: '#16181b',
  shirt: '#e4e6e1',
  tie: '#121316',
  trousers: '#16181b',
  shoes: '#0b0b0c',
};

/** Neo as he sees himself: long dark coat over a dark shirt, the hands pale in the green light. */
export const NEO_PALETTE: Palette = {
  skin: '#c7a58d',
  lips: '#a8736a',
  hair: '#15110f',
  brows: '#1d1814',
  iris: '#4a3a2c',
  jacket: '#101113',
  shirt: '#1b1c1f',
  tie: '#101113',
  trousers: '#101113',
  shoes: '#0b0b0c',
};
