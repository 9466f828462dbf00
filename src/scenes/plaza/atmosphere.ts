import { Color, MathUtils, Vector3, type Camera, type PerspectiveCamera } from 'three';
import type { SharedUniforms } from '../../shaders/plaza/shared';
import { LINE_Z } from './config';

interface Mood {
  sun: Color;
  ambient: Color;
  fog: Color;
  zenith: Color;
  density: number;
}

const mood = (sun: string, sunPower: number, ambient: string, ambientPower: number, fog: string, zenith: string, density: number): Mood => ({
  sun: new Color(sun).multiplyScalar(sunPower),
  ambient: new Color(ambient).multiplyScalar(ambientPower),
  fog: new Color(fog),
  zenith: new Color(zenith),
  density,
});

/** Snow side: a harsh, cold, cloudless sun. Rain side: the same sun through wet, grey air. */
const SNOW = mood('#fff1dc', 2.1, '#b9cbe6', 0.55, '#dbe6f1', '#2a66c4', 0.0042);
const RAIN = mood('#f1ece2', 1.45, '#8e9aa8', 0.5, '#a7b3be', '#50657c', 0.0062);

/** How far ahead of the camera the falling-particle boxes are centred, so most of them are in view. */
const PARTICLES_AHEAD = 14;
const forward = new Vector3();

/** 1 with the player's feet in the rain, 0 in the snow; a hand's width of blend at the line. */
export function rainAmount(playerZ: number): number {
  return 1 - MathUtils.smoothstep(playerZ, LINE_Z - 0.1, LINE_Z + 0.1);
}

/** Everything the shared uniforms follow each frame: the clock, the camera and the weather. */
export function updateAtmosphere(u: SharedUniforms, seconds: number, camera: Camera, playerZ: number, viewHeight: number): void {
  const rain = rainAmount(playerZ);
  u.uTime.value = seconds;
  u.uSunColor.value.lerpColors(SNOW.sun, RAIN.sun, rain);
  u.uAmbient.value.lerpColors(SNOW.ambient, RAIN.ambient, rain);
  u.uFogColor.value.lerpColors(SNOW.fog, RAIN.fog, rain);
  u.uZenith.value.lerpColors(SNOW.zenith, RAIN.zenith, rain);
  u.uFogDensity.value = MathUtils.lerp(SNOW.density, RAIN.density, rain);
  camera.getWorldDirection(forward);
  forward.y = 0;
  if (forward.lengthSq() < 1e-6) forward.set(0, 0, -1);
  forward.normalize().multiplyScalar(PARTICLES_AHEAD);
  u.uParticleCenter.value.copy(camera.position).add(forward).setY(0);
  const fov = (camera as PerspectiveCamera).fov ?? 70;
  u.uPointScale.value = viewHeight / (2 * Math.tan(MathUtils.degToRad(fov) / 2));
}
