import { BoxGeometry, CylinderGeometry, type BufferGeometry } from 'three';
import { painted } from '../shared/figure-parts';

/** An operator's chair, turned toward the console: a padded seat and a high back with a headrest. */
export function chair(x: number, z: number, turn = 0): BufferGeometry[] {
  const at = (g: BufferGeometry) => g.rotateY(turn).translate(x, 0, z);
  return [
    painted(at(new CylinderGeometry(0.26, 0.26, 0.04, 5).translate(0, 0.04, 0)), '#151919'),
    painted(at(new CylinderGeometry(0.035, 0.035, 0.42, 6).translate(0, 0.25, 0)), '#565d5a'),
    painted(at(new BoxGeometry(0.48, 0.09, 0.48).translate(0, 0.48, 0)), '#5a4632'),
    painted(at(new BoxGeometry(0.48, 0.62, 0.08).translate(0, 0.84, 0.22)), '#5a4632'),
    painted(at(new BoxGeometry(0.28, 0.18, 0.1).translate(0, 1.27, 0.23)), '#5a4632'),
    painted(at(new BoxGeometry(0.05, 0.05, 0.4).translate(-0.27, 0.68, 0.02)), '#565d5a'),
    painted(at(new BoxGeometry(0.05, 0.05, 0.4).translate(0.27, 0.68, 0.02)), '#565d5a'),
  ];
}
