import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { MeshBasicMaterial, MeshLambertMaterial, PerspectiveCamera, Vector3, WebGLRenderTarget, type Mesh, type Object3D } from 'three';
import { EYE_HEIGHT, playerPose } from '../../player/pose';
import { createNeoFigure } from './neo-figure';
import { SMITH_EYES_Y } from '../../figures/smith';

/** The layer only the reflection camera sees: Neo's own figure. */
const REFLECTED_ONLY = 1;
/** Beyond this, the glasses are too small to show anything: no reflection is rendered. */
const NEAR_ENOUGH = 7;
const smithEyes = new Vector3();
const neoEyes = new Vector3();

/**
 * Smith's sunglasses mirror what stands before them: a small render from his eyes, Neo's
 * figure included, on the lenses (flipped, as a mirror is). Drawn only when Neo is close.
 */
export function SunglassReflection({ smith, lenses }: { smith: Object3D; lenses: Mesh }) {
  const { gl, scene } = useThree();
  const figure = useRef<Mesh>(null);
  const parts = useMemo(() => {
    const target = new WebGLRenderTarget(160, 80);
    target.texture.repeat.set(-1, 1);
    target.texture.offset.set(1, 0);
    const camera = new PerspectiveCamera(55, 2, 0.05, 30);
    camera.layers.enable(REFLECTED_ONLY);
    const lens = new MeshBasicMaterial({ map: target.texture, color: '#5d655d' });
    const neo = new MeshLambertMaterial({ vertexColors: true });
    const geometry = createNeoFigure();
    return { target, camera, lens, neo, geometry };
  }, []);

  useEffect(() => {
    const own = lenses.material;
    lenses.material = parts.lens;
    figure.current?.layers.set(REFLECTED_ONLY);
    return () => {
      lenses.material = own;
      parts.target.dispose();
      parts.lens.dispose();
      parts.neo.dispose();
      parts.geometry.dispose();
    };
  }, [parts, lenses]);

  useFrame(() => {
    smithEyes.set(0, SMITH_EYES_Y, 0.2);
    smith.localToWorld(smithEyes);
    neoEyes.set(playerPose.position.x, playerPose.position.y + EYE_HEIGHT, playerPose.position.z);
    if (smithEyes.distanceTo(neoEyes) > NEAR_ENOUGH) return;
    figure.current?.position.set(playerPose.position.x, playerPose.position.y, playerPose.position.z);
    figure.current?.rotation.set(0, playerPose.yaw + Math.PI, 0);
    parts.camera.position.copy(smithEyes);
    parts.camera.lookAt(neoEyes);
    lenses.visible = false;
    gl.setRenderTarget(parts.target);
    gl.render(scene, parts.camera);
    gl.setRenderTarget(null);
    lenses.visible = true;
  });

  return <mesh ref={figure} geometry={parts.geometry} material={parts.neo} />;
}
