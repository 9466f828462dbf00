import type { AudioMixer } from './mixer';

/** The mixer, for the automation API's sound seam; null until the audio system exists. */
export const audioRuntime = {
  mixer: null as AudioMixer | null,
};
