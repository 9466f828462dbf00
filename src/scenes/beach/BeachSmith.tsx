import { createPortal, useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { createActing } from '../../figures/act';
import { SMITH_EYES_ABOVE_HEAD } from '../../figures/smith';
import { sceneClock } from '../../systems/scene-clock';
import { XrChoiceTarget } from '../../xr/XrChoiceTarget';
import { isSpeaking } from '../shared/speaking';
import { useSmith } from '../shared/use-smith';
import type { BeachState } from './beach-state';
import { stepBeachSmith } from './step-smith';

/** Smith on the beach: still perfect, but his sunglasses are cracked. */
export function BeachSmith({ state }: { state: BeachState }) {
  const smith = useSmith({ cracked: true }, () => state.smithAt !== null);
  const acting = useMemo(createActing, []);
  useFrame(() => stepBeachSmith(smith, acting, state, sceneClock.seconds, isSpeaking('smith')));
  return (
    <>
      <primitive object={smith.figure.root} />
      {/* In a headset, the glasses themselves are taken: a ray and the trigger, a pinch, a grab. */}
      {createPortal(<XrChoiceTarget choice="sunglasses" radius={0.16} position={[0, SMITH_EYES_ABOVE_HEAD, 0.11]} />, smith.glasses)}
    </>
  );
}
