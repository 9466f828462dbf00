import { BoxGeometry, BufferGeometry, CapsuleGeometry, CylinderGeometry, Float32BufferAttribute, SphereGeometry, TorusGeometry } from 'three';
import { mergeParts, painted } from './figure-parts';

const SUIT = '#1b1d20';
const SHIRT = '#d9dcd6';
const TIE = '#16171a';
const SKIN = '#b59a86';
const HAIR = '#2a2420';

/** Where the right arm hangs from, in Smith's own space (he faces +Z, feet at 0). */
export const SHOULDER: readonly [number, number, number] = [-0.255, 1.46, 0];
export const EYES_Y = 1.72;

/** Smith, stylised: dark suit, white shirt, tie, slicked hair, earpiece. One draw. */
export function createSmithBody(): BufferGeometry {
  return mergeParts([
    painted(new BoxGeometry(0.15, 0.86, 0.17).translate(-0.1, 0.43, 0), SUIT),
    painted(new BoxGeometry(0.15, 0.86, 0.17).translate(0.1, 0.43, 0), SUIT),
    painted(new BoxGeometry(0.13, 0.06, 0.26).translate(-0.1, 0.03, 0.04), '#0c0c0d'),
    painted(new BoxGeometry(0.13, 0.06, 0.26).translate(0.1, 0.03, 0.04), '#0c0c0d'),
    painted(new BoxGeometry(0.44, 0.66, 0.24).translate(0, 1.17, 0), SUIT),
    painted(new BoxGeometry(0.5, 0.1, 0.25).translate(0, 1.46, 0), SUIT),
    painted(new BoxGeometry(0.13, 0.3, 0.012).translate(0, 1.36, 0.122), SHIRT),
    painted(new BoxGeometry(0.045, 0.3, 0.014).translate(0, 1.33, 0.127), TIE),
    painted(new CapsuleGeometry(0.055, 0.5, 4, 8).translate(0.255, 1.16, 0), SUIT),
    painted(new SphereGeometry(0.05, 8, 6).translate(0.255, 0.84, 0.01), SKIN),
    painted(new CylinderGeometry(0.055, 0.06, 0.12, 10).translate(0, 1.56, 0), SKIN),
    painted(new SphereGeometry(0.112, 16, 12).scale(0.95, 1.15, 1.05).translate(0, 1.71, 0.005), SKIN),
    painted(new SphereGeometry(0.116, 16, 8, 0, Math.PI * 2, 0, Math.PI * 0.5).scale(0.96, 0.9, 1.05).translate(0, 1.74, -0.005), HAIR),
    // The earpiece: a curl of wire at the right ear.
    painted(new TorusGeometry(0.035, 0.006, 4, 12).rotateY(Math.PI / 2).translate(-0.112, 1.68, -0.02), '#c9c4bb'),
  ]);
}

export const UPPER_ARM = 0.3;
export const FOREARM = 0.3;

/** The right upper arm, hanging from its origin (the shoulder) along -Y. */
export function createUpperArm(): BufferGeometry {
  return painted(new CapsuleGeometry(0.056, UPPER_ARM - 0.06, 4, 8).translate(0, -UPPER_ARM / 2, 0), SUIT);
}

/** The right forearm and hand, hanging from its origin (the elbow) along -Y. */
export function createForearm(): BufferGeometry {
  return mergeParts([
    painted(new CapsuleGeometry(0.05, FOREARM - 0.06, 4, 8).translate(0, -FOREARM / 2, 0), SUIT),
    painted(new SphereGeometry(0.05, 8, 6).translate(0, -FOREARM - 0.03, 0), SKIN),
  ]);
}

/** Two dark lenses and the bridge between them, in front of the eyes. */
export function createSunglasses(): BufferGeometry {
  return mergeParts([
    painted(new BoxGeometry(0.075, 0.04, 0.01).translate(-0.043, EYES_Y, 0.113), '#ffffff'),
    painted(new BoxGeometry(0.075, 0.04, 0.01).translate(0.043, EYES_Y, 0.113), '#ffffff'),
    painted(new BoxGeometry(0.02, 0.008, 0.008).translate(0, EYES_Y + 0.01, 0.115), '#777777'),
  ]);
}

/** His eyes, behind the glasses: pale, "like ice, like water". Seen only once the glasses are off. */
export function createSmithEyes(): BufferGeometry {
  return mergeParts([
    painted(new SphereGeometry(0.016, 8, 6).scale(1.3, 0.8, 0.5).translate(-0.042, EYES_Y, 0.104), '#eef2f2'),
    painted(new SphereGeometry(0.016, 8, 6).scale(1.3, 0.8, 0.5).translate(0.042, EYES_Y, 0.104), '#eef2f2'),
    painted(new SphereGeometry(0.0085, 8, 6).scale(1, 1, 0.5).translate(-0.042, EYES_Y, 0.111), '#6f9fb8'),
    painted(new SphereGeometry(0.0085, 8, 6).scale(1, 1, 0.5).translate(0.042, EYES_Y, 0.111), '#6f9fb8'),
    painted(new BoxGeometry(0.05, 0.008, 0.01).rotateZ(0.08).translate(-0.045, EYES_Y + 0.032, 0.108), '#3a2f28'),
    painted(new BoxGeometry(0.05, 0.008, 0.01).rotateZ(-0.08).translate(0.045, EYES_Y + 0.032, 0.108), '#3a2f28'),
  ]);
}

/** A small smile: an arc of the mouth, corners turned up. */
export function createSmithSmile(): BufferGeometry {
  return painted(new TorusGeometry(0.028, 0.0045, 4, 10, Math.PI * 0.8).rotateZ(Math.PI * 1.1).scale(1, 0.55, 1).translate(0, 1.645, 0.112), '#6e4a44');
}

/** Cracks across the right lens and a chip off the left: line segments in front of the lenses. */
export function createSunglassCracks(): BufferGeometry {
  const z = EYES_Y;
  const pts = [
    // right lens (Smith's own right, -X): a star of fractures from an impact point
    [-0.055, 0.008, -0.02, 0.018], [-0.055, 0.008, -0.08, 0.016], [-0.055, 0.008, -0.066, -0.018],
    [-0.055, 0.008, -0.03, -0.02], [-0.055, 0.008, -0.045, 0.02], [-0.03, -0.02, -0.012, -0.006],
    // left lens: one long crack
    [0.012, 0.012, 0.05, -0.004], [0.05, -0.004, 0.078, -0.016],
  ];
  const positions: number[] = [];
  for (const [x1, y1, x2, y2] of pts) positions.push(x1!, z + y1!, 0.1195, x2!, z + y2!, 0.1195);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  return geometry;
}
