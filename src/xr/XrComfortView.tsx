import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BackSide, ShaderMaterial, SphereGeometry, Vector3, type Mesh } from 'three';
import { comfort } from './comfort';

/** Radians from the centre of each eye's view where the vignette starts and where it is black. */
const VIGNETTE_INNER = 0.38;
const VIGNETTE_OUTER = 0.8;

const vertexShader = /* glsl */ `
varying vec3 vView;
void main() {
  vec4 view = modelViewMatrix * vec4(position, 1.0);
  vView = view.xyz;
  gl_Position = projectionMatrix * view;
}`;

const fragmentShader = /* glsl */ `
uniform float uFade;
uniform float uVignette;
varying vec3 vView;
void main() {
  // The angle from the centre of this eye's view: the vignette is locked to each eye exactly,
  // whatever the sphere's lag behind the head.
  float angle = acos(clamp(-normalize(vView).z, -1.0, 1.0));
  float edge = smoothstep(mix(1.6, ${VIGNETTE_INNER.toFixed(2)}, uVignette), mix(2.2, ${VIGNETTE_OUTER.toFixed(2)}, uVignette), angle) * uVignette;
  gl_FragColor = vec4(0.0, 0.0, 0.0, max(uFade, edge));
}`;

const head = new Vector3();

/**
 * A small black sphere around the head that draws the fade and the comfort vignette (one draw,
 * only while either shows). It is drawn last, over everything, and never writes depth.
 */
export function XrComfortView() {
  const mesh = useRef<Mesh>(null);
  const assets = useMemo(
    () => ({
      geometry: new SphereGeometry(0.5, 24, 12),
      material: new ShaderMaterial({
        vertexShader,
        fragmentShader,
        uniforms: { uFade: { value: 0 }, uVignette: { value: 0 } },
        transparent: true,
        depthTest: false,
        depthWrite: false,
        side: BackSide,
      }),
    }),
    [],
  );
  useEffect(() => () => Object.values(assets).forEach((a) => a.dispose()), [assets]);
  useFrame(({ camera }) => {
    const sphere = mesh.current;
    if (!sphere) return;
    sphere.visible = comfort.fade > 0 || comfort.vignette > 0.002;
    if (!sphere.visible) return;
    sphere.position.copy(camera.getWorldPosition(head));
    assets.material.uniforms.uFade!.value = comfort.fade;
    assets.material.uniforms.uVignette!.value = comfort.vignette;
  });
  return <mesh ref={mesh} name="xr-comfort" geometry={assets.geometry} material={assets.material} renderOrder={10_000} frustumCulled={false} visible={false} />;
}
