import { describe, expect, it, vi } from 'vitest';
import { pickLocalVoice, speakLocally } from './local-speech';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) => ({ name, lang, localService, default: isDefault, voiceURI: name }) as SpeechSynthesisVoice;
const remote = voice('Cloud English', 'en-US', false, true);
const local = voice('Local English', 'en-GB', true);
const localFrench = voice('Local French', 'fr-FR', true, true);

function fakeSynth(voices: SpeechSynthesisVoice[]) {
  return { getVoices: () => voices, speak: vi.fn(), cancel: vi.fn(), addEventListener: vi.fn(), removeEventListener: vi.fn() };
}
const utterance = (text: string) => ({ text, voice: null, lang: '' }) as unknown as SpeechSynthesisUtterance;

describe('speaking descriptions on this machine only', () => {
  it('picks a local voice in the language, never a remote one even when it is the default', () => {
    expect(pickLocalVoice([remote, localFrench, local])).toBe(local);
    expect(pickLocalVoice([remote])).toBeNull();
  });

  it('speaks with the local voice', async () => {
    const synth = fakeSynth([remote, local]);
    expect(await speakLocally('A long hallway.', synth, utterance)).toBe('spoken');
    expect(synth.speak).toHaveBeenCalledTimes(1);
    expect(synth.speak.mock.calls[0]![0].voice).toBe(local);
  });

  it('is never called with a remote voice: with no local voice nothing is spoken', async () => {
    const synth = fakeSynth([remote, localFrench]);
    expect(await speakLocally('A long hallway.', synth, utterance)).toBe('no-local-voice');
    expect(synth.speak).not.toHaveBeenCalled();
  });

  it('says so where the browser has no speech synthesis', async () => {
    expect(await speakLocally('Anything.', null, utterance)).toBe('unsupported');
  });
});
