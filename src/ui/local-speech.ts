import { shownLanguage } from '../i18n/ui-text';
/**
 * Speaking descriptions aloud with the browser's speech synthesis, on this machine only: a voice
 * that is not a local service may send the words to a server, so such a voice is never used, and
 * without a local voice nothing is spoken (the words stay on screen and in the live region).
 */
export type SpeakResult = 'spoken' | 'no-local-voice' | 'unsupported';

type Synth = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel' | 'addEventListener' | 'removeEventListener'>;

/** The device's own voice for `lang` ("en-GB" before "fr-FR" for "en"), its default first; null if none is local. */
export function pickLocalVoice(voices: readonly SpeechSynthesisVoice[], lang = 'en'): SpeechSynthesisVoice | null {
  const local = voices.filter((v) => v.localService);
  const inLanguage = local.filter((v) => v.lang.toLowerCase().startsWith(lang.toLowerCase()));
  return inLanguage.find((v) => v.default) ?? inLanguage[0] ?? null;
}

/** The voices, once the browser has listed them (some list them only after a `voiceschanged`). */
function voicesOf(synth: Synth, waitMs: number): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}

/**
 * Says `text` with a local voice in `lang` (by default the language the page shows), after what is
 * being said (a place's description is not cut off by the line that follows it); never with a
 * remote voice.
 */
export async function speakLocally(
  text: string,
  synth: Synth | null = globalThis.speechSynthesis ?? null,
  makeUtterance = (t: string) => new SpeechSynthesisUtterance(t),
  lang: string = shownLanguage(),
): Promise<SpeakResult> {
  if (!synth) return 'unsupported';
  const voice = pickLocalVoice(await voicesOf(synth, 1500), lang);
  if (!voice) return 'no-local-voice';
  const utterance = makeUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  synth.speak(utterance);
  return 'spoken';
}

/** Stops whatever is being said (descriptions turned off, the walk left). */
export function stopSpeaking(synth: Synth | null = globalThis.speechSynthesis ?? null): void {
  synth?.cancel();
}
