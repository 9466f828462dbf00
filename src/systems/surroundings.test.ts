import { describe, expect, it } from 'vitest';
import { describeSurroundings } from './surroundings';

describe('describing what is around', () => {
  it('names the place, then what is there, nearest first, with directions from the view', () => {
    const text = describeSurroundings(
      'The hallway of doors',
      [
        { label: 'the door you came in by', position: [0, 0, 2] },
        { label: 'Agent Smith', position: [-1, 0, -4] },
      ],
      { x: 0, z: 0, yaw: 0 },
    );
    expect(text).toBe('The hallway of doors. The door you came in by: behind you, about 2 metres away. Agent Smith: ahead, a little to the left, about 4 metres away.');
  });

  it('says so when nothing is in sight', () => {
    expect(describeSurroundings('The loading program', [], { x: 0, z: 0, yaw: 0 })).toBe('The loading program. Nothing else is in sight.');
  });

  it('names four things at most', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ label: `thing ${i}`, position: [i, 0, -5] as const }));
    expect(describeSurroundings('Here', many, { x: 0, z: 0, yaw: 0 }).match(/Thing/g)).toHaveLength(4);
  });
});
