import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3, type Group, type Mesh, type Object3D } from 'three';
import { playerPose } from '../../player/pose';
import { sceneClock } from '../../systems/scene-clock';
import { progressOf, type CorridorState } from './corridor-state';
import { solveElbow } from './arm-ik';
import { createForearm, createSmithBody, createSunglasses, createUpperArm, FOREARM, SHOULDER, UPPER_ARM } from '../shared/smith-geometry';
import { lerpAngle, SMITH_POSES, type PoseTarget } from './smith-poses';
import { SunglassReflection } from './SunglassReflection';
import { usePanelOccluder } from '../../xr/panel-occluders';

const MOVE_SECONDS = 1.8;
const DOWN = new Vector3(0, -1, 0);
/** Where the right wrist goes, in Smith's own space: hanging, at his forehead, at Neo's wrist. */
const HAND_REST = new Vector3(-0.27, 0.88, 0.04);
const HAND_FOREHEAD = new Vector3(-0.03, 1.75, 0.16);
const HAND_REACH = new Vector3(-0.1, 1.12, 0.5);
/** The elbow bends out and down, as elbows do. */
const ELBOW_POLE = new Vector3(-1, -0.7, -0.2).normalize();
const SHOULDER_AT = new Vector3(...SHOULDER);

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
const wrist = new Vector3();
const elbow = new Vector3();
const bone = new Vector3();

/** Bends the arm so the wrist meets its target: upper arm from the shoulder, forearm from the elbow. */
function poseArm(armValue: number, upper: Object3D | null, fore: Object3D | null): void {
  wrist.copy(HAND_REST).lerp(armValue >= 0 ? HAND_FOREHEAD : HAND_REACH, Math.abs(armValue));
  solveElbow(SHOULDER_AT, wrist, UPPER_ARM, FOREARM, ELBOW_POLE, elbow);
  upper?.quaternion.setFromUnitVectors(DOWN, bone.subVectors(elbow, SHOULDER_AT).normalize());
  fore?.position.copy(elbow);
  fore?.quaternion.setFromUnitVectors(DOWN, bone.subVectors(wrist, elbow).normalize());
}

/** Agent Smith: three doors down, moving between the poses the script cues. */
export function Smith({ state }: { state: CorridorState }) {
  const body = useRef<Group>(null);
  // Up close, the panel in a headset comes in front of him, not behind.
  usePanelOccluder(body);
  const upperArm = useRef<Mesh>(null);
  const forearm = useRef<Mesh>(null);
  const lenses = useRef<Mesh>(null);
  const geometry = useMemo(() => ({ body: createSmithBody(), upper: createUpperArm(), fore: createForearm(), lenses: createSunglasses() }), []);
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
    poseArm(a.arm + (b.arm - a.arm) * k, upperArm.current, forearm.current);
  });

  return (
    <group ref={body}>
      <mesh geometry={geometry.body}>
        <meshLambertMaterial vertexColors />
      </mesh>
      <mesh ref={upperArm} geometry={geometry.upper} position={SHOULDER_AT}>
        <meshLambertMaterial vertexColors />
      </mesh>
      <mesh ref={forearm} geometry={geometry.fore}>
        <meshLambertMaterial vertexColors />
      </mesh>
      <mesh ref={lenses} geometry={geometry.lenses} />
      <SunglassReflection smith={body} lenses={lenses} />
    </group>
  );
}
