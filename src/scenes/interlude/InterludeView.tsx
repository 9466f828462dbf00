import { Footsteps } from '../../audio/Footsteps';
import type { InterludeState } from './interlude-state';
import { Hum } from '../../audio/Hum';
import { InterludeSound } from './InterludeSound';
import { Crane } from './Crane';
import { CraneMotor } from './CraneMotor';
import { HealthWorkers } from './HealthWorkers';
import { PIT } from './layout';
import { Monitors } from './Monitors';
import { ShipLights } from './ShipLights';
import { ShipSet } from './ShipSet';
import { Sparks } from './Sparks';

/** The rescue ship's control room and crane room; later, the base's control room at night, Zion beyond, Ghost's room. */
export function InterludeView({ state }: { state: InterludeState }) {
  return (
    <>
      <color attach="background" args={['#07100d']} />
      <fog attach="fog" args={['#07100d', 6, 18]} />
      <ShipLights state={state} />
      <ShipSet state={state} />
      <Sparks state={state} />
      <Monitors state={state} />
      <Crane state={state} />
      <HealthWorkers state={state} />
      <InterludeSound state={state} />
      <Hum position={[PIT.x, 3.6, PIT.z]} frequency={60} gain={0.2} level={() => 1 - state.night.value} caption="the crane's power humming in the pit" />
      <CraneMotor state={state} />
      <Footsteps surface="hard" />
    </>
  );
}
