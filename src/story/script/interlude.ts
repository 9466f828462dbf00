import type { SceneScript } from '../types';

/** The rescue ship, a boy and a chip; then Zion at night, and Ghost's old room. */
export const interludeScript: SceneScript = {
  scene: 'interlude',
  title: 'The rescue ship, then Zion at night',
  description:
    'The dark metal interior of a hovercraft, lit by green, amber and blue screens. Consoles and monitors face you; through a window, another room where a crane arm hangs in the dark.',
  narration: [
    'It is simple to catch a transport to one of the outlets, to board a ship and reach its control room.',
    'Transport buses wait at every waste outlet, ready to leave on the hour with the reborn.',
    'At night the control room is empty, except for Sparks and the green light of the monitors.',
    'The scrolling code is more sparse than it has ever been.',
  ],
  beats: [
    {
      id: 'interlude.control-room',
      lines: [
        { speaker: 'narrator', text: "Somebody is excited to meet him, but he isn't paying attention." },
        { speaker: 'narrator', text: 'He switches between the heat-seeking monitor, the motion detectors,' },
        { speaker: 'narrator', text: 'and the exterior cameras, looking for something different.' },
        {
          speaker: 'narrator',
          text: 'In the other room, the crane senses a thrashing movement, and picks somebody up.',
          cue: 'crane-lifts', describe: "Beyond the window, the crane's arm swings up out of the dark, holding a small, soaking-wet boy.",
        },
        { speaker: 'narrator', text: 'A little boy, about seven, grinning radiantly, gibbering complete nonsense.' },
        { speaker: 'michael', text: 'Did you see me? Did you see me turn into a dinosaur?' },
        { speaker: 'michael', text: 'Did you see me fly?' },
        { speaker: 'narrator', text: 'And then he sees it: a flash of silver, glinting in the dim light of the ship.' },
      ],
      then: { roam: true },
    },
    {
      id: 'interlude.michael',
      lines: [
        { speaker: 'narrator', text: 'The boy is holding a computer chip, and nobody has noticed it yet.' },
        { speaker: 'narrator', text: 'Neo kneels, and looks him in the eyes, those big, brown, innocent eyes.', cue: 'kneel', describe: 'Neo kneels in front of the boy, at his height.' },
        { speaker: 'neo', text: 'Where did you find it?' },
        { speaker: 'michael', text: 'When I was sliding down.' },
        { speaker: 'neo', text: 'May I have it?' },
        { speaker: 'narrator', text: 'The silicon glints, and then it is snatched away.' },
        { speaker: 'michael', text: 'Only.' },
        { speaker: 'michael', text: "If you say 'please.'" },
      ],
      choices: [
        { id: 'please', label: 'Say "please"', to: { beat: 'interlude.chip' }, canonical: true },
        { id: 'wait', label: 'Say nothing', to: { beat: 'interlude.wait' } },
      ],
    },
    {
      id: 'interlude.wait',
      lines: [
        { speaker: 'narrator', text: 'Neo says nothing. The boy waits too, one finger pressed to his mouth,' },
        { speaker: 'narrator', text: 'the dirty water dripping off him, laughing.' },
        { speaker: 'michael', text: 'You have to say it.' },
      ],
      then: { beat: 'interlude.chip' },
    },
    {
      id: 'interlude.chip',
      gives: ['chip'],
      lines: [
        { speaker: 'neo', text: 'Please.', cue: 'chip-given', describe: "The boy holds out a small chip, which glints in the screens' light." },
        { speaker: 'michael', text: 'All right.' },
        { speaker: 'narrator', text: "The boy drops it in Neo's hands: a silicon chip." },
        { speaker: 'neo', text: "What's your name?" },
        { speaker: 'michael', text: 'Michael.' },
        { speaker: 'narrator', text: 'He smiles, and is ushered away by health workers to the back rooms.', cue: 'michael-leaves', describe: 'Health workers in pale clothes lead the boy away through a door at the back.' },
      ],
      then: { beat: 'interlude.night-shift' },
    },
    {
      id: 'interlude.night-shift',
      lines: [
        { speaker: 'narrator', text: 'The control room is empty when Neo returns to the base, except for Sparks.', cue: 'night', describe: "Night in Zion: the control room is dim and empty but for Sparks at his console, his face lit green from below. Through the windows, the warm lamps of Zion's cavern." },
        { speaker: 'narrator', text: "Green light plays over Sparks' angular features." },
        { speaker: 'neo', text: 'Night shift?' },
        { speaker: 'sparks', text: 'Yeah. Link just left. I can still get him, if you want.' },
        { speaker: 'neo', text: "No, it's fine." },
        { speaker: 'sparks', text: 'Did you know somebody who was unplugged?' },
        {
          speaker: 'narrator',
          text: 'Neo runs his hand over his pocket. The faint outline of the chip is still there.',
        },
        { speaker: 'neo', text: 'Yes.' },
        { speaker: 'neo', text: 'Is there a spare room with a processor?' },
        {
          speaker: 'sparks',
          text: "It's over there in our storage room. It was Ghost's old one.",
          describe: "Through a doorway in the east wall, a bare bulb warms up over Ghost's old room: a cot, books, and a processor against the far wall.",
        },
        { speaker: 'neo', text: 'Thank you.' },
      ],
      then: { scene: 'beach' },
    },
  ],
  triggers: [
    { on: { type: 'scene-start' }, beat: 'interlude.control-room' },
    {
      on: { type: 'reach', zone: 'interlude.michael' },
      beat: 'interlude.michael',
      after: ['interlude.control-room'],
    },
  ],
};
