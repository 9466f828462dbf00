import { controlLabel, keyLabel, type InputDevice } from '../input/device-labels';
import { route } from '../input/use-input-devices';
import type { KeyMap } from '../input/key-map';
import { useSalvage } from '../store/app-store';
import { useStoryIndex } from '../i18n/story-language';

/** What stands around the view during a walk: where the walk is, what Neo carries, how to move. */
export function Hud() {
  const storyIndex = useStoryIndex();
  const scene = useSalvage((s) => s.story.scene);
  const staged = useSalvage((s) => s.staged);
  const unavailable = useSalvage((s) => s.unavailable);
  const inventory = useSalvage((s) => s.story.inventory);
  const device = useSalvage((s) => s.device);
  const keys = useSalvage((s) => s.settings.keys);
  const place = storyIndex.scene(scene)?.title ?? scene;
  const waiting = staged !== scene;
  const describeKey = controlLabel('describe', device, keys);

  return (
    <>
      {waiting && (
        <p className="loading-note" role="status">
          {unavailable === scene
            ? `${place}: this place is not built yet, so the walk waits here in the loading program.`
            : `Loading ${place}…`}
        </p>
      )}
      {inventory.length > 0 && (
        <section className="inventory" aria-label="Carrying">
          <h2 className="visually-hidden">Carrying</h2>
          <ul>
            {inventory.map((item) => (
              <li key={item} data-item={item}>
                {storyIndex.script.items[item].label}
              </li>
            ))}
          </ul>
        </section>
      )}
      <button type="button" className="describe-button" onClick={() => route({ kind: 'describe' })} aria-keyshortcuts={device === 'keyboard' || device === 'mouse' ? (describeKey ?? undefined) : undefined}>
        Describe
        {describeKey && (
          <kbd className="describe-key" aria-hidden="true">
            {describeKey}
          </kbd>
        )}
      </button>
      <p className="walk-hint">{walkHint(device, keys)}</p>
    </>
  );
}

/** How to move, named for the device used last. */
function walkHint(device: InputDevice, keys: KeyMap): string {
  if (device === 'touch') return 'Left thumb to walk · drag on the right to look · tap to read on';
  if (device === 'gamepad') return 'Left stick to walk · right stick to look · (A) to read on · Start to pause';
  const walk = (['forward', 'left', 'back', 'right'] as const).map((a) => keyLabel(keys[a][0]!)).join(' ');
  return `Click the view to look around · ${walk} or arrows to walk · Esc to pause`;
}
