import { BufferGeometry, Float32BufferAttribute, PlaneGeometry } from 'three';
import { mergeParts, painted } from '../shared/figure-parts';

/**
 * A flat grid in XZ whose rows crowd near `nearZ` and spread toward `farZ`, so the detail sits
 * where the eye is (the waves at the shore) and the far sea costs little. Heights come from the
 * vertex shader.
 */
export function createGrid(width: number, nearZ: number, farZ: number, columns: number, rows: number, power = 2): BufferGeometry {
  const positions: number[] = [];
  const indices: number[] = [];
  for (let r = 0; r <= rows; r += 1) {
    const z = nearZ + (farZ - nearZ) * (r / rows) ** power;
    for (let c = 0; c <= columns; c += 1) positions.push(-width / 2 + (width * c) / columns, 0, z);
  }
  const stride = columns + 1;
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      const a = r * stride + c;
      const b = a + stride;
      // Wound so the faces look up whichever way the rows run.
      if (farZ < nearZ) indices.push(a, a + 1, b, a + 1, b + 1, b);
      else indices.push(a, b, a + 1, a + 1, b, b + 1);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setIndex(indices);
  return geometry;
}

/** A tuft of marram grass: a few thin blades leaning out from one root. */
export function createTuft(): BufferGeometry {
  const positions: number[] = [];
  const blades = 6;
  for (let i = 0; i < blades; i += 1) {
    const angle = (i / blades) * Math.PI * 2 + i * 0.7;
    const lean = 0.08 + (i % 3) * 0.05;
    const height = 0.38 + ((i * 37) % 5) * 0.06;
    const cx = Math.cos(angle);
    const cz = Math.sin(angle);
    const w = 0.025;
    positions.push(-cz * w, 0, cx * w, cz * w, 0, -cx * w, cx * lean, height, cz * lean);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  return geometry;
}

/** A gull in flight: a body and two long wings bent at the wrist; `aWing` runs 0 at the body to 1 at each tip. */
export function createGull(): BufferGeometry {
  const positions: number[] = [];
  const wing: number[] = [];
  const tri = (a: number[], b: number[], c: number[], wa: number, wb: number, wc: number) => {
    positions.push(...a, ...b, ...c);
    wing.push(wa, wb, wc);
  };
  for (const side of [-1, 1]) {
    // inner wing, from the body to the wrist; outer wing, from the wrist to the tip
    tri([0, 0, 0.12], [0, 0, -0.1], [side * 0.45, 0.04, 0.02], 0, 0, side * 0.5);
    tri([0, 0, -0.1], [side * 0.45, 0.04, -0.08], [side * 0.45, 0.04, 0.02], 0, side * 0.5, side * 0.5);
    tri([side * 0.45, 0.04, 0.02], [side * 0.45, 0.04, -0.08], [side * 0.9, -0.03, -0.12], side * 0.5, side * 0.5, side);
  }
  // the body and tail
  tri([0, 0.02, 0.34], [-0.05, 0, -0.05], [0.05, 0, -0.05], 0, 0, 0);
  tri([-0.05, 0, -0.05], [0, 0.01, -0.34], [0.05, 0, -0.05], 0, 0, 0);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('aWing', new Float32BufferAttribute(wing, 1));
  return geometry;
}

/** A footprint in the sand: a sole and a heel, pressed in (darker than the sand around it). */
export function createFootprint(): BufferGeometry {
  return mergeParts([
    painted(new PlaneGeometry(0.1, 0.16).rotateX(-Math.PI / 2).translate(0, 0, -0.05), '#b9ae95'),
    painted(new PlaneGeometry(0.08, 0.08).rotateX(-Math.PI / 2).translate(0, 0, 0.09), '#b9ae95'),
  ]);
}
