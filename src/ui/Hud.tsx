import { controlLabel, keyLabel, type InputDevice } from '../input/device-labels';
import { route } from '../input/use-input-devices';
import type { KeyMap } from '../input/key-map';
import { useUiText, type Translate } from '../i18n/ui-text';
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
  const t = useUiText();

  return (
    <>
      {waiting && (
        <p className="loading-note" role="status">
          {unavailable === scene ? t('hud.notBuilt', { place }) : t('hud.loading', { place })}
        </p>
      )}
      {inventory.length > 0 && (
        <section className="inventory" aria-label={t('hud.carrying')}>
          <h2 className="visually-hidden">{t('hud.carrying')}</h2>
          <ul>
            {inventory.map((item) => (
              <li key={item} data-item={item}>
                {storyIndex.script.items[item].label}
              </li>
            ))}
          </ul>
        </section>
      )}
      <button
        type="button"
        className="describe-button"
        onClick={() => route({ kind: 'describe' })}
        aria-keyshortcuts={device === 'keyboard' || device === 'mouse' ? (describeKey ?? undefined) : undefined}
      >
        {t('hud.describe')}
        {describeKey && (
          <kbd className="describe-key" aria-hidden="true">
            {describeKey}
          </kbd>
        )}
      </button>
      <p className="walk-hint">{walkHint(device, keys, t)}</p>
    </>
  );
}

/** How to move, named for the device used last. */
function walkHint(device: InputDevice, keys: KeyMap, t: Translate): string {
  if (device === 'touch') return t('hud.hintTouch');
  if (device === 'gamepad') return t('hud.hintGamepad');
  const walk = (['forward', 'left', 'back', 'right'] as const).map((a) => keyLabel(keys[a][0]!)).join(' ');
  return t('hud.hintKeys', { keys: walk });
}
