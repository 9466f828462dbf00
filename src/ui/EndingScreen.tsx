import { useUiText } from '../i18n/ui-text';
import { useSalvage } from '../store/app-store';
import { useStoryIndex } from '../i18n/story-language';
import type { EndingId } from '../story/types';

/** The close of a walk: its ending, a closing line, the path taken, and the ways on. */
export function EndingScreen({ ending }: { ending: EndingId }) {
  const storyIndex = useStoryIndex();
  const story = useSalvage((s) => s.story);
  const startWalk = useSalvage((s) => s.startWalk);
  const returnToTitle = useSalvage((s) => s.returnToTitle);
  const t = useUiText();
  const info = storyIndex.script.endings[ending];
  const places = [...new Set(story.seen.map((beat) => storyIndex.sceneOf(beat)))].map((scene) => storyIndex.scene(scene)?.title ?? scene);
  const choices = story.chosen.map((entry) => {
    const [beatId, choiceId] = entry.split(':') as [string, string];
    return storyIndex.beat(beatId as never)?.choices?.find((c) => c.id === choiceId)?.label ?? choiceId;
  });

  return (
    <div className={`panel-backdrop ending-backdrop ending-${ending}`}>
      <section className="panel ending-screen" role="dialog" aria-modal="true" aria-labelledby="ending-heading" data-ending={ending}>
        <h2 id="ending-heading">{info.title}</h2>
        <p className="ending-closing">{info.closing}</p>
        <h3>{t('ending.yourWalk')}</h3>
        <ol className="ending-path">
          {places.map((place) => (
            <li key={place}>{place}</li>
          ))}
        </ol>
        {choices.length > 0 && <p className="ending-choices">{t('ending.youChose', { choices: choices.join(' · ') })}</p>}
        <div className="panel-row">
          <button type="button" className="primary" autoFocus onClick={() => startWalk('explore')}>
            {t('common.playAgain')}
          </button>
          <button type="button" onClick={returnToTitle}>
            {t('common.returnToTitle')}
          </button>
        </div>
      </section>
    </div>
  );
}
