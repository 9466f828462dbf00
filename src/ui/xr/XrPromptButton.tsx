import { useSalvage } from '../../store/app-store';
import { XrPanelButton } from './XrPanelButton';

/**
 * The deed on offer where the player stands ("Open the door"), as a button on the in-world
 * panel: the headset's counterpart of the desktop's "E" prompt. The thing itself (the door, the
 * white room) is a ray target too (XrActionTargets). On the guided tour the tour takes the deed.
 */
export function XrPromptButton() {
  const prompt = useSalvage((s) => s.prompt);
  const takeOffer = useSalvage((s) => s.takeOffer);
  const shown = useSalvage((s) => s.panel === 'none' && s.story.mode === 'xr');
  // While a line must be read first, the panel itself reads on; the deed's button comes after.
  if (!prompt || !shown || prompt.waiting) return null;
  return <XrPanelButton label={prompt.label} width={0.6} position={[0, 0, 0.01]} onSelect={() => takeOffer()} />;
}
