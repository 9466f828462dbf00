import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Quaternion, Vector3, type Group, type Material } from 'three';
import { playerPose } from '../../player/pose';
import { sceneClock } from '../../systems/scene-clock';
import { progressOf, type CorridorState } from './corridor-state';
import { createSmithArm, createSmithBody, createSunglasses, SHOULDER } from './smith-geometry';
import { lerpAngle, SMITH_POSES, type PoseTarget } from './smith-poses';

const MOVE_SECONDS = 1.8;
const DOWN = new Vector3(0, -1, 0);
const ARM_REST = new Quaternion();
const ARM_FOREHEAD = new Quaternion().setFromUnitVectors(DOWN, new Vector3(0.5, 0.62, 0.36).normalize());
const ARM_REACH = new Quaternion().setFromUnitVectors(DOWN, new Vector3(0.15, -0.3, 1).normalize());

interface Placed {
  x: number;
  z: number;
  facing: number;
}

/** Where a pose puts Smith now: some poses turn toward Neo, or stand at arm's length from him. */
function place(pose: PoseTarget, out: Placed): Placed {
  let { x, z } = pose;
  if (pose.nearNeo !== undefined) {
    const dx = pose.x - playerPose.position.x;
    const dz = pose.z - playerPose.position.z;
    const length = Math.hypot(dx, dz) || 1;
    x = playerPose.position.x + (dx / length) * pose.nearNeo;
    z = playerPose.position.z + (dz / length) * pose.nearNeo;
  }
  out.x = x;
  out.z = z;
  out.facing = pose.facing ?? Math.atan2(playerPose.position.x - x, playerPose.position.z - z);
  return out;
}

const from: Placed = { x: 0, z: 0, facing: 0 };
const to: Placed = { x: 0, z: 0, facing: 0 };
const armTurn = new Quaternion();

/** Agent Smith: three doors down, moving between the poses the script cues. */
export function Smith({ state, lensMaterial }: { state: CorridorState; lensMaterial: Material }) {
  const body = useRef<Group>(null);
  const arm = useRef<Group>(null);
  const geometry = useMemo(() => ({ body: createSmithBody(), arm: createSmithArm(), lenses: createSunglasses() }), []);
  useEffect(() => () => Object.values(geometry).forEach((g) => g.dispose()), [geometry]);

  useFrame(() => {
    const t = sceneClock.seconds;
    const k = progressOf(state.smith, t, MOVE_SECONDS);
    const a = SMITH_POSES[state.smith.from];
    const b = SMITH_POSES[state.smith.to];
    place(a, from);
    place(b, to);
    const moving = k > 0 && k < 1 ? Math.sin(k * Math.PI) : 0;
    body.current?.position.set(from.x + (to.x - from.x) * k, 0.015 * Math.abs(Math.sin(t * 9)) * moving, from.z + (to.z - from.z) * k);
    body.current?.rotation.set(-(a.lean + (b.lean - a.lean) * k), lerpAngle(from.facing, to.facing, k), 0, 'YXZ');
    // Breathing: a slow rise of the shoulders, never still, never the same as Neo's.
    body.current?.scale.set(1, 1 + 0.006 * Math.sin(t * 1.7), 1);
    const armValue = a.arm + (b.arm - a.arm) * k;
    armTurn.copy(ARM_REST).slerp(armValue >= 0 ? ARM_FOREHEAD : ARM_REACH, Math.abs(armValue));
    arm.current?.quaternion.copy(armTurn);
  });

  return (
    <group ref={body}>
      <mesh geometry={geometry.body}>
        <meshLambertMaterial vertexColors />
      </mesh>
      <group ref={arm} position={SHOULDER as [number, number, number]}>
        <mesh geometry={geometry.arm}>
          <meshLambertMaterial vertexColors />
        </mesh>
      </group>
      <mesh geometry={geometry.lenses} material={lensMaterial} />
    </group>
  );
}
