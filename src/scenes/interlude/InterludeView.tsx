import { useEffect, useMemo } from 'react';
import { Footsteps } from '../../audio/Footsteps';
import { Hum } from '../../audio/Hum';
import { useBeatArrival } from '../../player/beat-arrival';
import { INTERLUDE_BEAT_VIEWS } from './config';
import { InterludeSound } from './InterludeSound';
import { Crane } from './Crane';
import { CraneMotor } from './CraneMotor';
import { MICHAEL_SPOT, PIT } from './layout';
import { Monitors } from './Monitors';
import { createShip } from './ship-geometry';
import { ShipLights } from './ShipLights';
import { Sparks } from './Sparks';
import { useInterludeDirector } from './use-interlude-director';

/** The rescue ship's control room and crane room; later, Zion's control room at night. */
export function InterludeView() {
  const state = useInterludeDirector();
  useBeatArrival(INTERLUDE_BEAT_VIEWS);
  const geometry = useMemo(() => ({ ship: createShip() }), []);
  useEffect(() => () => Object.values(geometry).forEach((g) => g.dispose()), [geometry]);
  return (
    <>
      <color attach="background" args={['#07100d']} />
      <fog attach="fog" args={['#07100d', 6, 16]} />
      <ShipLights state={state} />
      <mesh geometry={geometry.ship}>
        <meshLambertMaterial vertexColors />
      </mesh>
      <Sparks state={state} />
      <Monitors state={state} />
      <Crane state={state} />
      {/* The canal's dark water, down in the pit; and the puddle where the boy was set down. */}
      <mesh rotation-x={-Math.PI / 2} position={[PIT.x, -PIT.depth + 0.2, PIT.z]}>
        <planeGeometry args={[PIT.half * 2, PIT.half * 2]} />
        <meshStandardMaterial color="#1f2a1c" roughness={0.05} metalness={0.4} />
      </mesh>
      <mesh rotation-x={-Math.PI / 2} position={[MICHAEL_SPOT[0], 0.004, MICHAEL_SPOT[2]]}>
        <circleGeometry args={[0.34, 16]} />
        <meshStandardMaterial color="#111612" roughness={0.08} metalness={0.3} />
      </mesh>
      <InterludeSound state={state} />
      <Hum position={[PIT.x, 3.6, PIT.z]} frequency={60} gain={0.2} level={() => 1 - state.night.value} caption="the crane's power humming in the pit" />
      <CraneMotor state={state} />
      <Footsteps surface="hard" />
    </>
  );
}
