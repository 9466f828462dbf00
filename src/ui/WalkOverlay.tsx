import type { ReactNode } from 'react';
import { ActionPrompt } from './ActionPrompt';
import { Dialogue } from './Dialogue';
import { Hud } from './Hud';
import { TouchControls } from './TouchControls';

/** What stands over the view during a walk or the tour: the HUD, the prompt, the dialogue, the touch controls. */
export function WalkOverlay({ children }: { children?: ReactNode }) {
  return (
    <>
      <Hud />
      <ActionPrompt />
      <Dialogue />
      {children}
      <TouchControls />
    </>
  );
}
