import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BoxGeometry, CylinderGeometry, type Group, type Mesh } from 'three';
import { sceneClock } from '../../systems/scene-clock';
import { mergeParts, painted } from '../shared/figure-parts';
import { cranePose, HOOK_ABOVE_FEET, type CranePose } from './crane-timeline';
import { secondsSince, type InterludeState } from './interlude-state';
import { boyOnFeet } from './boy-run';
import { RAIL_Y } from './layout';
import { isNight } from './ship-light-levels';
import { Michael } from './Michael';
import { createWalker, michaelLeaving } from './ushering';

const hook: CranePose = { x: 0, y: 0, z: 0, holding: false, thrash: 0 };
const leavingBoy = createWalker();
const onFeet = createWalker();

/** The trolley on its rail, its cable, the harness; and the boy it lifts out of the canal. */
export function Crane({ state }: { state: InterludeState }) {
  const trolley = useRef<Group>(null);
  const cable = useRef<Mesh>(null);
  const boy = useRef<Group>(null);
  const rig = useRef<Group>(null);
  const geometry = useMemo(
    () => ({
      trolley: mergeParts([
        painted(new BoxGeometry(0.5, 0.3, 0.6), '#7d6f3a'),
        painted(new CylinderGeometry(0.1, 0.1, 0.34, 10).rotateZ(Math.PI / 2).translate(0, -0.2, 0), '#3e3b33'),
      ]),
      cable: painted(new CylinderGeometry(0.012, 0.012, 1, 5).translate(0, -0.5, 0), '#222222'),
      harness: mergeParts([
        painted(new BoxGeometry(0.42, 0.05, 0.06), '#c8a22a'),
        painted(new BoxGeometry(0.04, 0.28, 0.05).translate(-0.19, -0.14, 0), '#c8a22a'),
        painted(new BoxGeometry(0.04, 0.28, 0.05).translate(0.19, -0.14, 0), '#c8a22a'),
      ]),
    }),
    [],
  );
  useEffect(() => () => Object.values(geometry).forEach((g) => g.dispose()), [geometry]);
  const harness = useRef<Mesh>(null);

  useFrame(() => {
    const t = sceneClock.seconds;
    cranePose(secondsSince(state.at['crane-lifts'], t), hook);
    trolley.current?.position.set(hook.x, RAIL_Y - 0.15, hook.z);
    cable.current?.position.set(hook.x, RAIL_Y - 0.3, hook.z);
    cable.current?.scale.set(1, Math.max(0.05, RAIL_Y - 0.3 - hook.y), 1);
    harness.current?.position.set(hook.x, hook.y, hook.z);
    const body = boy.current;
    if (!body) return;
    const leaving = state.at['michael-leaves'] === null ? null : secondsSince(state.at['michael-leaves'], t);
    michaelLeaving(leaving, state.boy, leavingBoy);
    if (state.at['crane-lifts'] === null) {
      // Still down in the canal's mouth, splashing, waiting for the crane to sense him.
      body.position.set(hook.x, hook.y - HOOK_ABOVE_FEET + 0.05 * Math.sin(t * 3.1), hook.z);
      body.rotation.set(0.1 * Math.sin(t * 2.3), 0.5 * Math.sin(t * 0.9), 0);
    } else if (hook.holding) {
      const swing = Math.sin(t * 7) * hook.thrash;
      body.position.set(hook.x, hook.y - HOOK_ABOVE_FEET, hook.z);
      body.rotation.set(0.1 * swing, 0.4 * swing, 0.15 * Math.sin(t * 5.3) * hook.thrash);
    } else if (leaving !== null && leaving > 0) {
      // Walked out by the health workers (his legs walk: stepMichael).
      body.position.set(leavingBoy.x, 0, leavingBoy.z);
      body.rotation.set(0, leavingBoy.heading, 0);
    } else {
      // Bouncing on his heels, gibbering: did you see me fly? Running up to Neo when he kneels far off.
      boyOnFeet(state.boy, secondsSince(state.at.kneel, t), onFeet);
      const bounce = onFeet.walking ? 0 : 0.025 * Math.max(0, Math.sin(t * 5.5));
      body.position.set(onFeet.x, bounce, onFeet.z);
      body.rotation.set(0, onFeet.heading + (onFeet.walking ? 0 : 0.12 * Math.sin(t * 1.3)), 0);
    }
    // Shown even down in the pit (the floor hides him there), so his shadow's shaders are ready.
    body.visible = leavingBoy.shown;
    if (rig.current) rig.current.visible = !isNight(state, t);
  });

  return (
    <group ref={rig}>
      <mesh ref={trolley} geometry={geometry.trolley} castShadow>
        <meshLambertMaterial vertexColors />
      </mesh>
      <mesh ref={cable} geometry={geometry.cable}>
        <meshBasicMaterial vertexColors />
      </mesh>
      <mesh ref={harness} geometry={geometry.harness} castShadow>
        <meshLambertMaterial vertexColors />
      </mesh>
      <group ref={boy}>
        <Michael state={state} />
      </group>
    </group>
  );
}
