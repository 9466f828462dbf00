import { useEffect, useRef, type CSSProperties } from 'react';
import { controlLabel } from '../input/device-labels';
import { useUiText } from '../i18n/ui-text';
import { useSalvage } from '../store/app-store';
import type { SalvageState } from '../store/types';
import { selectChoices, selectLine } from '../store/selectors';
import { useSpeakerNames, useStorySelector } from '../i18n/story-language';
import { Description } from './Description';
import { SoundCaption } from './SoundCaption';

const selectTourCaption = (s: SalvageState) => (s.story.mode === 'tour' ? s.tour.caption : null);

/**
 * The line being spoken, with its speaker, in a live region; and the choices, as real
 * buttons, once the last line of a beat is on screen. On the guided tour, the scene's
 * narration captions take the same place between beats.
 */
export function Dialogue() {
  const SPEAKER_NAMES = useSpeakerNames();
  const line = useStorySelector(selectLine);
  const choices = useStorySelector(selectChoices);
  const caption = useSalvage(selectTourCaption);
  const settings = useSalvage((s) => s.settings);
  const dispatch = useSalvage((s) => s.dispatch);
  const device = useSalvage((s) => s.device);
  const t = useUiText();
  const readOn = controlLabel('read-on', device, settings.keys);
  const firstChoice = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (choices.length) firstChoice.current?.focus({ preventScroll: true });
  }, [choices]);

  const name = line && settings.speakerNames ? SPEAKER_NAMES[line.speaker] : null;
  const visible = settings.subtitles && line;
  const style = { '--subtitle-bg': settings.subtitleBackground } as CSSProperties;
  return (
    <section className={`dialogue size-${settings.subtitleSize}${settings.highContrast ? ' contrast' : ''}`} style={style} aria-label={t('dialogue.label')}>
      <SoundCaption />
      <Description />
      <div className="subtitle-live" role="status" aria-live="polite" aria-atomic="true">
        {visible && (
          <button
            type="button"
            className={`subtitle ${line.speaker === 'narrator' ? 'narration' : ''} ${line.delivery === 'whisper' ? 'whisper' : ''}`}
            onClick={() => dispatch({ type: 'advance' })}
            disabled={choices.length > 0}
            aria-label={undefined}
          >
            {name && <span className="speaker">{name}</span>}
            <span className="line-text">{line.text}</span>
            {!choices.length && readOn && (
              <span className="continue-hint" aria-hidden="true">
                {readOn}
              </span>
            )}
          </button>
        )}
        {!settings.subtitles && line && (
          <span className="visually-hidden">
            {name ? `${name}: ` : ''}
            {line.text}
          </span>
        )}
        {!line && caption && (
          <p className={settings.subtitles ? 'subtitle narration tour-caption' : 'visually-hidden'}>
            <span className="line-text">{caption}</span>
          </p>
        )}
      </div>
      {choices.length > 0 && (
        <div className="choices" role="group" aria-label={t('dialogue.choose')}>
          {choices.map((choice, i) => {
            const key = controlLabel(`choose-${i + 1}` as 'choose-1', device, settings.keys);
            return (
              <button key={choice.id} ref={i === 0 ? firstChoice : undefined} type="button" className="choice" onClick={() => dispatch({ type: 'choose', choice: choice.id })}>
                {key && <kbd>{key}</kbd>} {choice.label}
              </button>
            );
          })}
        </div>
      )}
    </section>
  );
}
