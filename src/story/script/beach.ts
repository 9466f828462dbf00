import type { SceneScript } from '../types';

/** The construct in Ghost's old room: white, until Neo wills it into a beach. */
export const beachScript: SceneScript = {
  scene: 'beach',
  title: 'The construct, by the ocean',
  description:
    'White, everywhere, as in the loading program. Then the white gives way to a wide beach in late-morning light: white sand, a blue sea, foam running up the shore. Smith stands on the sand in his black suit.',
  narration: [
    "Ghost's old room, a processor, and a chip a boy brought up from the waste canals.",
    'White walls, white floor, white ceiling: the same white where a place waits to load.',
    'The white sand gives way under his feet, seeping into his shoes.',
    'The blue of the sea, the white of the foam cresting on the shore: a continual motion.',
  ],
  beats: [
    {
      id: 'beach.white',
      lines: [
        { speaker: 'narrator', text: 'White walls, white floor, white ceiling.' },
        { speaker: 'narrator', text: 'Neo wonders if the simulation should be this white.' },
        { speaker: 'narrator', text: 'He wants to change it.' },
      ],
      then: { roam: true },
    },
    {
      id: 'beach.shore',
      lines: [
        { speaker: 'narrator', text: "And then he's out in an open space, by the ocean.", cue: 'white-gives-way', describe: 'The white breaks apart into blue sky, sea and sand; waves run up the beach.' },
        { speaker: 'narrator', text: 'The white sand gives way under his feet.' },
        { speaker: 'narrator', text: 'A breeze blows in his hair, and makes his coat flap in the wind.' },
        { speaker: 'narrator', text: 'A seagull cries out in the distance, and another one answers.' },
      ],
      then: { roam: true },
    },
    {
      id: 'beach.touch',
      lines: [
        { speaker: 'narrator', text: 'Tentative fingers on his arm, barely touching him, and they turn him around.', cue: 'smith-touch', describe: "Smith's hand rests on Neo's arm and turns him around. Smith's sunglasses are cracked." },
        { speaker: 'narrator', text: 'Smith.' },
        { speaker: 'narrator', text: 'Out of the side of his eye, the blue of the sea, the white of the foam.' },
        { speaker: 'neo', text: "You weren't damaged more than this?" },
        { speaker: 'narrator', text: 'Smith is still perfect, but his sunglasses are cracked.' },
      ],
      choices: [
        { id: 'sunglasses', label: 'Take off his sunglasses', to: { beat: 'beach.whisper' }, canonical: true },
      ],
    },
    {
      id: 'beach.whisper',
      lines: [
        { speaker: 'narrator', text: 'Neo takes them off, and Smith gives him a smile, an unguarded one.', cue: 'glasses-off', describe: "Without the glasses, Smith's grey eyes look straight at Neo, and he smiles." },
        { speaker: 'narrator', text: "They're here where nobody else is, and it feels..." },
        { speaker: 'narrator', text: "Smith leans in, close to Neo's ear.", cue: 'whisper', describe: "Smith leans close to Neo's ear." },
        { speaker: 'smith', text: 'I never needed them anyway.', delivery: 'whisper' },
      ],
      then: { ending: 'found' },
    },
  ],
  triggers: [
    { on: { type: 'scene-start' }, beat: 'beach.white' },
    { on: { type: 'action', action: 'beach.will-change' }, beat: 'beach.shore', after: ['beach.white'] },
    { on: { type: 'reach', zone: 'beach.shoreline' }, beat: 'beach.touch', after: ['beach.shore'] },
  ],
};
