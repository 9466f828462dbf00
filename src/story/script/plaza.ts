import type { SceneScript } from '../types';

/** New York, the Matrix breaking apart around a crowd waiting to be freed. */
export const plazaScript: SceneScript = {
  scene: 'plaza',
  title: 'New York, two streets from Central Park',
  description:
    'A wide plaza in New York under a harsh white sun. Right in front of you a line in the air divides the weather: rain ahead, snow behind. Behind you, in the snow, a crowd of thousands stands waiting. Tall buildings around the plaza are crumbling into dust, and a lake to one side heaves upward.',
  narration: [
    'Buildings turn to dust. When windows shatter on the concrete, the glass shards turn into animals:',
    'tiger-striped birds and winged cats, dogs with tusks, unicorns with neon light behind their eyes.',
    'Lakes become mountains. The water flies up and hovers, and turns into furniture, then something else.',
    'Businessmen make clouds with their fingers, and children fly in the sky.',
    'Red pills are scattered in the air: whoever catches one flies to the rippling portal.',
  ],
  beats: [
    {
      id: 'plaza.arrival',
      gives: ['phone'],
      lines: [
        { speaker: 'narrator', text: 'The sound of crying and screaming and laughter greets him.' },
        { speaker: 'narrator', text: 'He appears in an open space, a phone clutched in his hand.' },
        { speaker: 'narrator', text: 'The sun shines harshly.' },
        { speaker: 'narrator', text: 'It is raining two feet in front of him, and snowing behind him.' },
        { speaker: 'narrator', text: 'In the snow, a huge crowd stretches for miles and miles.' },
        { speaker: 'narrator', text: 'At the other end must be Trinity, and the people waiting to be freed.' },
      ],
      then: { roam: true },
    },
    {
      id: 'plaza.phone-gone',
      takes: ['phone'],
      lines: [{ speaker: 'narrator', text: 'The phone disappears from his hand.' }],
      then: { roam: true },
    },
    {
      id: 'plaza.into-the-rain',
      lines: [
        { speaker: 'narrator', text: 'He heads into the rain, away from the snow.' },
        { speaker: 'narrator', text: 'Choosing to walk, this time.' },
      ],
      then: { roam: true },
    },
    {
      id: 'plaza.constant-building',
      lines: [
        { speaker: 'narrator', text: 'One building remains constant. It stands still,' },
        { speaker: 'narrator', text: 'even as the others collapse, their steel shifting under invisible weight.' },
      ],
      then: { roam: true },
    },
    {
      id: 'plaza.door',
      lines: [{ speaker: 'narrator', text: 'He turns the knob of the door, and walks in.' }],
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
