import { describe, expect, it } from 'vitest';
import { controls, releaseControls } from './controls';
import { angleStep, gyroTurn } from './gyro-look';
import { DEFAULT_KEY_MAP, rebind } from './key-map';
import { stickDeflection, STICK_RADIUS, touchSide } from './touch-stick';
import { KEY_TURN_SPEED, PAD_TURN_SPEED, walkFrame, type WalkFrame } from './walk-frame';

const look = { mouseSensitivity: 1, invertLook: false };
const frame = (): WalkFrame => ({ move: { forward: 0, strafe: 0 }, yaw: 0, pitch: 0 });

describe('a frame of walking, from every device', () => {
  it('walks forward from a held key, the touch stick or the left stick alike', () => {
    releaseControls();
    controls.keys.add('KeyW');
    expect(walkFrame(controls, DEFAULT_KEY_MAP, false, 0.016, look, frame()).move).toEqual({ forward: 1, strafe: 0 });
    releaseControls();
    controls.stick.y = 1;
    expect(walkFrame(controls, DEFAULT_KEY_MAP, false, 0.016, look, frame()).move.forward).toBe(1);
    releaseControls();
    controls.pad.moveY = -1;
    expect(walkFrame(controls, DEFAULT_KEY_MAP, false, 0.016, look, frame()).move.forward).toBe(1);
    controls.pad.moveY = 0;
  });

  it('follows remapped keys', () => {
    releaseControls();
    controls.keys.add('KeyI');
    const map = rebind(DEFAULT_KEY_MAP, 'forward', 'KeyI');
    expect(walkFrame(controls, map, false, 0.016, look, frame()).move.forward).toBe(1);
    releaseControls();
  });

  it('the turn keys turn with a free pointer and step sideways with a locked one', () => {
    releaseControls();
    controls.keys.add('ArrowLeft');
    const free = walkFrame(controls, DEFAULT_KEY_MAP, false, 0.1, look, frame());
    expect(free.yaw).toBeCloseTo(KEY_TURN_SPEED * 0.1);
    expect(free.move.strafe).toBe(0);
    const locked = walkFrame(controls, DEFAULT_KEY_MAP, true, 0.1, look, frame());
    expect(locked.yaw).toBe(0);
    expect(locked.move.strafe).toBe(-1);
    releaseControls();
  });

  it('looks from a touch drag, the mouse and the right stick, then forgets the drag', () => {
    releaseControls();
    controls.touchLook.x = 100;
    const drag = walkFrame(controls, DEFAULT_KEY_MAP, false, 0.016, look, frame());
    expect(drag.yaw).toBeLessThan(0);
    expect(walkFrame(controls, DEFAULT_KEY_MAP, false, 0.016, look, frame()).yaw).toBe(0);
    controls.pad.lookX = 1;
    expect(walkFrame(controls, DEFAULT_KEY_MAP, false, 0.5, look, frame()).yaw).toBeCloseTo(-PAD_TURN_SPEED * 0.25);
    controls.pad.lookX = 0;
    controls.mouse.y = -10;
    expect(walkFrame(controls, DEFAULT_KEY_MAP, true, 0.016, { mouseSensitivity: 1, invertLook: true }, frame()).pitch).toBeLessThan(0);
  });
});

describe('the touch stick', () => {
  it('deflects toward the thumb, held within its circle, up as forward', () => {
    expect(stickDeflection(100, 100, 100, 100 - STICK_RADIUS)).toEqual({ x: 0, y: 1 });
    const far = stickDeflection(100, 100, 100 + STICK_RADIUS * 4, 100);
    expect(far.x).toBeCloseTo(1);
    expect(stickDeflection(100, 100, 100 + STICK_RADIUS / 2, 100).x).toBeCloseTo(0.5);
  });

  it('takes the left of the view for the stick and the rest for looking', () => {
    expect(touchSide(50, 800)).toBe('stick');
    expect(touchSide(600, 800)).toBe('look');
  });
});

describe('gyro look', () => {
  it('turns the short way round across north', () => {
    expect(angleStep(350, 10)).toBeCloseTo((20 * Math.PI) / 180);
    expect(angleStep(10, 350)).toBeCloseTo((-20 * Math.PI) / 180);
  });

  it('reads tipping from gamma in landscape and beta in portrait', () => {
    const from = { alpha: 0, beta: 0, gamma: 0 };
    expect(gyroTurn(from, { alpha: 0, beta: 10, gamma: 0 }, 0).pitch).toBeCloseTo((10 * Math.PI) / 180);
    expect(gyroTurn(from, { alpha: 0, beta: 0, gamma: 10 }, 90).pitch).toBeCloseTo((-10 * Math.PI) / 180);
  });
});
