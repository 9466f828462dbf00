import { Footsteps } from '../../audio/Footsteps';
import { useSalvage } from '../../store/app-store';
import { storyIndex } from '../../story/story-index';
import { Backdrop } from './Backdrop';
import { BeachSmith } from './BeachSmith';
import { BeachSound } from './BeachSound';
import { CoatHem } from './CoatHem';
import { beachStaging } from './beach-staging';
import { Footprints } from './Footprints';
import { Grass } from './Grass';
import { Gulls } from './Gulls';
import { SandShadow } from './SandShadow';
import type { BeachState } from './beach-state';
import { useBeachMaterials } from './use-beach-materials';

/** The construct in Ghost's old room: white, until Neo wills it into a beach by the ocean. */
export function BeachView({ state }: { state: BeachState }) {
  const materials = useBeachMaterials(state.uniforms);
  const painted = useSalvage((s) => beachStaging(storyIndex, s.story).painted);
  return (
    <>
      <color attach="background" args={['#f4f6f4']} />
      <hemisphereLight args={['#dcebf5', '#cbbd9c', 1.6]} />
      <directionalLight position={[-35, 37.5, -85.8]} intensity={2.2} color="#fff3e0" />
      <Backdrop materials={materials} />
      <Grass material={materials.grass} />
      <Gulls state={state} material={materials.gulls} />
      <Footprints state={state} />
      <BeachSmith state={state} />
      <SandShadow state={state} />
      <CoatHem state={state} />
      <BeachSound state={state} />
      <Footsteps surface={painted ? 'sand' : 'hard'} />
    </>
  );
}
