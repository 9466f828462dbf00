import { Footsteps } from '../../audio/Footsteps';
import { Hum } from '../../audio/Hum';
import { CorridorSound } from './CorridorSound';
import { Doors } from './Doors';
import { Flies } from './Flies';
import { FlyBuzz } from './FlyBuzz';
import { FIXTURE_ZS, HEIGHT, LIT_FIXTURES } from './layout';
import { Lights } from './Lights';
import { PillHand } from './PillHand';
import { Shell } from './Shell';
import { Smith } from './Smith';
import { Spider } from './Spider';
import type { CorridorState } from './corridor-state';
import { useCorridorMaterials } from './use-corridor-assets';

/** Where the flies buzz: in the two lamps nearest Smith (as `Flies` draws them), by lit-lamp index. */
const FLY_LAMPS = [1, 2].map((lit) => ({ lit, position: [0.05, HEIGHT - 0.15, FIXTURE_ZS[LIT_FIXTURES[lit]!]!] as [number, number, number] }));

/** The hallway of doors, aged: decay in the walls, failing lights, Smith, and the pills. */
export function CorridorView({ state }: { state: CorridorState }) {
  const materials = useCorridorMaterials(state.decay);
  return (
    <>
      <color attach="background" args={['#070b08']} />
      <fog attach="fog" args={['#070b08', 4, 26]} />
      <Shell materials={materials} />
      <Doors materials={materials} />
      <Lights state={state} />
      <Smith state={state} />
      <PillHand state={state} />
      <Flies />
      <Spider crossingZ={-3.2} />
      <CorridorSound state={state} spiderCrossingZ={-3.2} />
      {LIT_FIXTURES.map((fixture, i) => (
        <Hum
          key={fixture}
          position={[0, HEIGHT - 0.1, FIXTURE_ZS[fixture]!]}
          gain={0.04}
          level={() => state.lightLevels[i] ?? 1}
          caption="electricity humming in a failing light"
        />
      ))}
      {FLY_LAMPS.map(({ lit, position }, fly) => (
        <FlyBuzz key={lit} position={position} fly={fly} lamp={() => state.lightLevels[lit] ?? 1} />
      ))}
      <Footsteps surface="hard" />
    </>
  );
}
