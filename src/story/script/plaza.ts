import type { SceneShape } from '../types';

/** New York, the Matrix breaking apart around a crowd waiting to be freed. */
export const plazaShape: SceneShape = {
  scene: 'plaza',
  narration: 5,
  landmarks: ['weather-line', 'crowd', 'lake', 'constant-building', 'portal'],
  beats: [
    {
      id: 'plaza.arrival',
      gives: ['phone'],
      lines: [{ speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'narrator' }],
      then: { roam: true },
    },
    {
      id: 'plaza.phone-gone',
      takes: ['phone'],
      lines: [{ speaker: 'narrator' }],
      then: { roam: true },
    },
    {
      id: 'plaza.into-the-rain',
      lines: [{ speaker: 'narrator' }, { speaker: 'narrator' }],
      then: { roam: true },
    },
    {
      id: 'plaza.constant-building',
      lines: [{ speaker: 'narrator' }, { speaker: 'narrator' }],
      then: { roam: true },
    },
    {
      id: 'plaza.door',
      lines: [{ speaker: 'narrator' }],
      then: { scene: 'corridor' },
    },
  ],
  triggers: [
    { on: { type: 'scene-start' }, beat: 'plaza.arrival' },
    { on: { type: 'time', at: 4 }, beat: 'plaza.phone-gone', after: ['plaza.arrival'] },
    { on: { type: 'reach', zone: 'plaza.rain' }, beat: 'plaza.into-the-rain', after: ['plaza.arrival'] },
    {
      on: { type: 'reach', zone: 'plaza.constant-building' },
      beat: 'plaza.constant-building',
      after: ['plaza.arrival'],
    },
    { on: { type: 'action', action: 'plaza.open-door' }, beat: 'plaza.door', after: ['plaza.arrival'] },
  ],
};
