import { BufferGeometry, Float32BufferAttribute, Vector3 } from 'three';

/** One cross-section of a swept body part: an ellipse (rx along `side`, rz along `front`) around `center`. */
export interface Ring {
  center: Vector3;
  rx: number;
  rz: number;
  /** Where the section's "x" and "z" point; default world X and Z (a vertical part). */
  side?: Vector3;
  front?: Vector3;
  /** Pushes the ring out or in by angle (0 = side, PI/2 = front): shapes jaws, calves, lapel rolls. */
  shape?: (angle: number) => number;
}

const X = new Vector3(1, 0, 0);
const Z = new Vector3(0, 0, 1);
const point = new Vector3();

/**
 * A smooth closed tube through the rings, capped at both ends by a pole (no seams: the ring
 * wraps, so `computeVertexNormals` gives one smooth surface). `colorAt` paints each vertex.
 */
export function sweep(
  rings: Ring[],
  segments: number,
  colorAt: (p: Vector3, angle: number, ring: number) => readonly [number, number, number],
  capStart = true,
  capEnd = true,
): BufferGeometry {
  const positions: number[] = [];
  const colors: number[] = [];
  const index: number[] = [];
  rings.forEach((ring, r) => {
    const side = ring.side ?? X;
    const front = ring.front ?? Z;
    for (let s = 0; s < segments; s += 1) {
      const angle = (s / segments) * Math.PI * 2;
      const k = ring.shape ? ring.shape(angle) : 1;
      point
        .copy(ring.center)
        .addScaledVector(side, Math.cos(angle) * ring.rx * k)
        .addScaledVector(front, Math.sin(angle) * ring.rz * k);
      positions.push(point.x, point.y, point.z);
      colors.push(...colorAt(point, angle, r));
    }
  });
  for (let r = 0; r + 1 < rings.length; r += 1) {
    for (let s = 0; s < segments; s += 1) {
      const a = r * segments + s;
      const b = r * segments + ((s + 1) % segments);
      const c = a + segments;
      const d = b + segments;
      index.push(a, c, b, b, c, d);
    }
  }
  const pole = (ring: Ring, ringIndex: number, outward: number) => {
    const at = positions.length / 3;
    const p = ring.center;
    positions.push(p.x, p.y, p.z);
    colors.push(...colorAt(p, 0, ringIndex));
    const base = ringIndex * segments;
    for (let s = 0; s < segments; s += 1) {
      const a = base + s;
      const b = base + ((s + 1) % segments);
      if (outward > 0) index.push(b, a, at);
      else index.push(a, b, at);
    }
  };
  if (capStart) pole(rings[0]!, 0, -1);
  if (capEnd) pole(rings[rings.length - 1]!, rings.length - 1, 1);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
  geometry.setIndex(index);
  geometry.computeVertexNormals();
  return geometry;
}

/** Rings along a straight segment from `a` to `b`, radius by `radiusAt(0..1)`, rounded at the ends. */
export function limbRings(a: Vector3, b: Vector3, count: number, radiusAt: (u: number) => [number, number], front = Z): Ring[] {
  const axis = new Vector3().subVectors(b, a);
  const length = axis.length();
  axis.normalize();
  const side = new Vector3().crossVectors(axis, front).normalize();
  const realFront = new Vector3().crossVectors(side, axis).normalize();
  const rings: Ring[] = [];
  for (let i = 0; i <= count; i += 1) {
    const u = i / count;
    const [rx, rz] = radiusAt(u);
    // Round the ends: the last 12% of each end closes like a dome.
    const end = Math.min(u, 1 - u) / 0.12;
    const dome = end >= 1 ? 1 : Math.sqrt(Math.max(0, 1 - (1 - end) * (1 - end)));
    rings.push({ center: new Vector3().copy(a).addScaledVector(axis, u * length), rx: rx * Math.max(dome, 0.05), rz: rz * Math.max(dome, 0.05), side, front: realFront });
  }
  return rings;
}

/**
 * A surface over (u, v) in [0,1]^2, wrapping round in v (a closed band), `rows` x `cols` quads;
 * `at` writes the point. Poles are left open: cap them by making the first or last row a point.
 */
export function band(
  rows: number,
  cols: number,
  at: (u: number, v: number, out: Vector3) => void,
  colorAt: (p: Vector3, u: number, v: number) => readonly [number, number, number],
  wrap = true,
): BufferGeometry {
  const across = wrap ? cols : cols + 1;
  const positions: number[] = [];
  const colors: number[] = [];
  const index: number[] = [];
  const out = new Vector3();
  for (let r = 0; r <= rows; r += 1) {
    for (let c = 0; c < across; c += 1) {
      at(r / rows, c / cols, out);
      positions.push(out.x, out.y, out.z);
      colors.push(...colorAt(out, r / rows, c / cols));
    }
  }
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const a = r * across + c;
      const b = r * across + ((c + 1) % across);
      index.push(a, a + across, b, b, a + across, b + across);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
  geometry.setIndex(index);
  return geometry;
}

/** Rings along a polyline (tangent from neighbours), each sized by `radiusAt(u)`; `front` hints the ellipse's second axis. */
export function curveRings(points: Vector3[], radiusAt: (u: number) => [number, number], front: Vector3 = Z): Ring[] {
  return points.map((center, i) => {
    const prev = points[Math.max(0, i - 1)]!;
    const next = points[Math.min(points.length - 1, i + 1)]!;
    const axis = new Vector3().subVectors(next, prev).normalize();
    const side = new Vector3().crossVectors(axis, front).normalize();
    const realFront = new Vector3().crossVectors(side, axis).normalize();
    const [rx, rz] = radiusAt(i / (points.length - 1));
    return { center: center.clone(), rx, rz, side, front: realFront };
  });
}
