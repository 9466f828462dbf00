import { useMemo } from 'react';
import { useStory } from '../i18n/story-language';
import { storyAsText } from '../story/text-version';

/** The whole story as text, for a browser that cannot show the 3D view. */
export function TextVersion({ reason }: { reason: string }) {
  // In the player's language (text.html, built with no saved settings, is in English).
  const { index, words } = useStory();
  const SECTIONS = useMemo(() => storyAsText(index.script, words), [index, words]);
  return (
    <main className="text-version">
      <h1>Salvage</h1>
      <p className="text-version-reason" role="alert">
        {reason} Here is the whole story as text instead.
      </p>
      {SECTIONS.map((section) => (
        <section key={section.heading} className="text-section">
          <h2>{section.heading}</h2>
          {section.paragraphs.map((p, i) => (
            <p key={i} className={p.speaker ? 'spoken' : 'narration'}>
              {p.speaker && <strong>{p.speaker}: </strong>}
              {p.text}
            </p>
          ))}
        </section>
      ))}
    </main>
  );
}
