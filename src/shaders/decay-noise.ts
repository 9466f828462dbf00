import { DataTexture, LinearFilter, LinearMipmapLinearFilter, RGBAFormat, RepeatWrapping, UnsignedByteType } from 'three';
import { hash01 } from '../systems/flicker';

const SIZE = 256;

/** Periodic value noise on a SIZE grid, so the texture tiles without a seam. */
function valueNoise(x: number, y: number, period: number, seed: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const sx = fx * fx * (3 - 2 * fx);
  const sy = fy * fy * (3 - 2 * fy);
  const corner = (cx: number, cy: number) => hash01((((cx % period) + period) % period) * 1031 + (((cy % period) + period) % period), seed);
  const top = corner(x0, y0) * (1 - sx) + corner(x0 + 1, y0) * sx;
  const bottom = corner(x0, y0 + 1) * (1 - sx) + corner(x0 + 1, y0 + 1) * sx;
  return top * (1 - sy) + bottom * sy;
}

function fbm(u: number, v: number, seed: number, baseCells: number): number {
  let sum = 0;
  let amplitude = 0.5;
  let cells = baseCells;
  for (let octave = 0; octave < 5; octave += 1) {
    sum += amplitude * valueNoise(u * cells, v * cells, cells, seed + octave * 17);
    amplitude *= 0.5;
    cells *= 2;
  }
  return sum / 0.96875;
}

/**
 * The raw material of decay, made once on the CPU so the shader pays two texture reads instead
 * of many noise evaluations (the CPU renderer is fill-rate bound):
 * R grime, G crack lines (0 on a crack), B water stains, A paint wear. Tiles seamlessly.
 */
export function createDecayNoiseTexture(): DataTexture {
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y += 1) {
    for (let x = 0; x < SIZE; x += 1) {
      const u = x / SIZE;
      const v = y / SIZE;
      const i = (y * SIZE + x) * 4;
      data[i] = 255 * fbm(u, v, 11, 4);
      data[i + 1] = 255 * Math.min(1, Math.abs(fbm(u, v, 23, 3) - 0.5) * 4);
      data[i + 2] = 255 * fbm(u, v, 37, 2);
      data[i + 3] = 255 * fbm(u, v, 51, 6);
    }
  }
  const texture = new DataTexture(data, SIZE, SIZE, RGBAFormat, UnsignedByteType);
  texture.wrapS = RepeatWrapping;
  texture.wrapT = RepeatWrapping;
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.generateMipmaps = true;
  texture.needsUpdate = true;
  return texture;
}
