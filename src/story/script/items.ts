import type { ItemId, ItemInfo } from '../types';

export const items: Record<ItemId, ItemInfo> = {
  phone: {
    label: 'Phone',
    description: 'Clutched in his hand when he appears in New York. It does not stay there long.',
  },
  'red-pill': {
    label: 'Red pill',
    description:
      'A little red pill that gleams a faint orange in the dim light, like a drop of water. A tracking device.',
  },
  'blue-pill': {
    label: 'Blue pill',
    description: 'A blue capsule, tinted green in the light. It erases the memory of everything that has happened.',
  },
  chip: {
    label: 'Silicon chip',
    description: 'A computer chip a little boy brought up the waste canal. The silicon glints in the dim light.',
  },
};
