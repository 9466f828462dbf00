import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { PlaneGeometry, ShaderMaterial, type Mesh } from 'three';
import { useRef } from 'react';
import type { BeachState } from './beach-state';
import { sandHeight } from './layout';

/** The late-morning sun's direction (toward it), as BeachView's light stands. */
const SUN = { x: -35, y: 37.5, z: -85.8 };
const AWAY = Math.atan2(-SUN.x, -SUN.z);
/** A standing man's shadow at this sun: his height times the sun's cotangent. */
const LENGTH = 1.85 * (Math.hypot(SUN.x, SUN.z) / SUN.y);
const WIDTH = 0.62;

const VERTEX = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`;

// Smith's long shadow laid on the sand away from the sun: legs, coat, shoulders, a head; and the
// dark round his feet that grounds him. Soft-edged; the sand's colour shows through it, bluer.
const FRAGMENT = /* glsl */ `
uniform float uStrength;
varying vec2 vUv;
void main() {
  float along = vUv.y;          // 0 at his feet, 1 at his head's shadow
  float across = abs(vUv.x - 0.5) * 2.0;
  float width = along < 0.45 ? mix(0.42, 0.62, along / 0.45) : along < 0.8 ? 0.66 : 0.0;
  float body = smoothstep(width, width - 0.25, across) * step(along, 0.82);
  float head = smoothstep(0.3, 0.18, length(vec2(across * 0.5, (along - 0.89) * 2.2)));
  float feet = smoothstep(0.12, 0.0, along) * smoothstep(0.75, 0.2, across);
  float shade = max(max(body, head) * 0.42, feet * 0.55);
  gl_FragColor = vec4(0.16, 0.2, 0.3, shade * uStrength);
  #include <colorspace_fragment>
}`;

/**
 * Smith's shadow on the sand, once he is on stage and the beach is painted: a decal draped over
 * the sand's ripples (its corners follow the sand where he stands), one small transparent draw.
 */
export function SandShadow({ state }: { state: BeachState }) {
  const mesh = useRef<Mesh>(null);
  const parts = useMemo(() => {
    // Laid flat, feet at the origin, the head's shadow LENGTH away along +y before turning.
    const geometry = new PlaneGeometry(WIDTH, LENGTH, 2, 16).translate(0, LENGTH / 2 - 0.12, 0).rotateX(-Math.PI / 2);
    const material = new ShaderMaterial({ vertexShader: VERTEX, fragmentShader: FRAGMENT, uniforms: { uStrength: { value: 0 } }, transparent: true, depthWrite: false });
    return { geometry, material, base: geometry.getAttribute('position').array.slice() as Float32Array, at: { x: NaN, z: NaN } };
  }, []);
  useEffect(() => () => (parts.geometry.dispose(), parts.material.dispose()), [parts]);

  useFrame(() => {
    const m = mesh.current;
    if (!m) return;
    const onStage = state.smithAt !== null;
    m.visible = onStage;
    parts.material.uniforms.uStrength!.value = state.uniforms.uReveal.value;
    if (!onStage || (state.smith.x === parts.at.x && state.smith.z === parts.at.z)) return;
    parts.at.x = state.smith.x;
    parts.at.z = state.smith.z;
    m.position.set(state.smith.x, 0, state.smith.z);
    m.rotation.set(0, AWAY + Math.PI, 0);
    m.updateMatrixWorld();
    // Drape: each corner sits 2 cm above the sand under it.
    const position = parts.geometry.getAttribute('position');
    const c = Math.cos(m.rotation.y);
    const s = Math.sin(m.rotation.y);
    for (let i = 0; i < position.count; i += 1) {
      const lx = parts.base[i * 3]!;
      const lz = parts.base[i * 3 + 2]!;
      const wx = state.smith.x + lx * c + lz * s;
      const wz = state.smith.z - lx * s + lz * c;
      position.setY(i, sandHeight(wx, wz) + 0.02);
    }
    position.needsUpdate = true;
    parts.geometry.computeBoundingSphere();
  });

  return <mesh ref={mesh} geometry={parts.geometry} material={parts.material} renderOrder={1} />;
}
