import { useId } from 'react';
import { useUiText } from '../i18n/ui-text';
import { salvageStore, useSalvage } from '../store/app-store';
import { isPresetOn, PRESET_IDS, withoutPreset, withPreset } from '../store/presets';

/**
 * The accessibility presets as toggle buttons: one press sets what a need asks for (each setting
 * stays editable in Settings); a second press takes it back. Compact (on the title): names only,
 * what each sets is read to screen readers and shown in Settings. `level` keeps the page's
 * headings in order: a section of its own on the title (2), inside the Settings panel (3).
 */
export function PresetButtons({ heading, level = 3, compact = false }: { heading: string; level?: 2 | 3; compact?: boolean }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const settings = useSalvage((s) => s.settings);
  const update = useSalvage((s) => s.updateSettings);
  const headingId = useId();
  const t = useUiText();
  // From the store as it is at the press, not as this render saw it: two quick presses both count.
  const toggle = (id: (typeof PRESET_IDS)[number]) => {
    const { settings, defaultSettings } = salvageStore.getState();
    update(isPresetOn(settings, id) ? withoutPreset(settings, id, defaultSettings()) : withPreset(settings, id));
  };
  return (
    <section className={compact ? 'presets compact' : 'presets'} aria-labelledby={headingId}>
      <Heading id={headingId} className="presets-heading">
        {heading}
      </Heading>
      <div className="preset-buttons">
        {PRESET_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className="preset"
            aria-pressed={isPresetOn(settings, id)}
            aria-describedby={`${headingId}-${id}`}
            data-preset={id}
            onClick={() => toggle(id)}
          >
            <span className="preset-label">{t(`preset.${id}.label`)}</span>
            <small id={`${headingId}-${id}`} className={compact ? 'visually-hidden' : 'preset-hint'}>
              {t(`preset.${id}.hint`)}
            </small>
          </button>
        ))}
      </div>
    </section>
  );
}
