import type { Ending, EndingId } from '../types';

export const endings: Record<EndingId, Ending> = {
  found: {
    id: 'found',
    title: 'Found',
    closing: 'He said he would find him. Out here, where nobody else is, the sea keeps its continual motion.',
  },
  forgotten: {
    id: 'forgotten',
    title: 'Forgotten',
    closing:
      'When the lights come back, Smith looks at him the way he used to. Neo remembers everything. He always will.',
  },
  'walked-away': {
    id: 'walked-away',
    title: 'Walked away',
    closing:
      "Behind him, a door closes on a flickering light. Both pills are still in his pocket. He won't find him now.",
  },
};
