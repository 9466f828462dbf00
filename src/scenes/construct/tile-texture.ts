import { CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three';

/** A faint tile grid for the white floor, drawn once; whoever makes it disposes it. */
export function createTileTexture(): CanvasTexture {
  const size = 256;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size, size);
    ctx.strokeStyle = '#dfe3e0';
    ctx.lineWidth = 3;
    ctx.strokeRect(0, 0, size, size);
  }
  const texture = new CanvasTexture(canvas);
  texture.wrapS = RepeatWrapping;
  texture.wrapT = RepeatWrapping;
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}
