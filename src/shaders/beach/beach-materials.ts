import { BackSide, DoubleSide, ShaderMaterial, type IUniform } from 'three';
import common from './common.glsl?raw';
import sandFragment from './sand.frag.glsl?raw';
import valueNoise from '../value-noise.glsl?raw';
import sandVert from './sand.vert.glsl?raw';
import seaFrag from './sea.frag.glsl?raw';
import seaVert from './sea.vert.glsl?raw';
import skyFrag from './sky.frag.glsl?raw';
import whiteRoomFrag from './white-room.frag.glsl?raw';

/** The uniforms the beach's materials share (time, reveal, origin): one write moves them all. */
export type BeachShaderUniforms = Record<'uTime' | 'uReveal' | 'uOrigin', IUniform>;

const WORLD_VERT = `varying vec3 vWorld;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}`;

const SKY_VERT = `varying vec3 vDir;
void main() {
  vDir = position;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`;

// The breeze comes off the sea: blades bend inland (+Z), gusting, tips most.
const GRASS_VERT = `varying float vHeight;
varying vec3 vWorld;
void main() {
  vec4 world = modelMatrix * instanceMatrix * vec4(position, 1.0);
  float h = position.y;
  float gust = sin(uTime * 1.7 + world.x * 0.21 + world.z * 0.13) * 0.5 + 0.5;
  float flutter = sin(uTime * 6.3 + world.x * 3.1 + world.z * 2.3 + position.x * 40.0);
  float bend = h * h * (0.5 + 0.9 * gust) + h * 0.04 * flutter;
  world.z += bend;
  world.x += bend * 0.3;
  world.y -= bend * bend * 0.35;
  vHeight = h;
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}`;

const GRASS_FRAG = `varying float vHeight;
varying vec3 vWorld;
void main() {
  vec3 color = mix(vec3(0.42, 0.48, 0.27), vec3(0.80, 0.78, 0.52), smoothstep(0.0, 0.6, vHeight));
  color = hazed(color, vWorld);
  gl_FragColor = vec4(mix(WHITE, color, revealMask(vWorld)), 1.0);
}`;

// Wings flap about the body; each gull on its own beat (gl_InstanceID).
const GULL_VERT = `attribute float aWing;
varying float vTip;
void main() {
  vec3 p = position;
  float id = float(gl_InstanceID);
  float beat = sin(uTime * (4.6 + mod(id, 3.0) * 0.7) + id * 1.9);
  // Gulls glide more than they flap: a few beats, then a long glide.
  float flapping = smoothstep(0.2, 0.6, sin(uTime * 0.5 + id * 2.3));
  p.y += abs(aWing) * (beat * 0.32 * flapping + 0.05);
  vTip = abs(aWing);
  gl_Position = projectionMatrix * viewMatrix * modelMatrix * instanceMatrix * vec4(p, 1.0);
}`;

const GULL_FRAG = `varying float vTip;
void main() {
  vec3 color = mix(vec3(0.93, 0.94, 0.95), vec3(0.25, 0.26, 0.28), smoothstep(0.72, 0.9, vTip));
  gl_FragColor = vec4(color, 1.0);
}`;

function beachMaterial(uniforms: BeachShaderUniforms, vertex: string, fragment: string): ShaderMaterial {
  return new ShaderMaterial({ uniforms, vertexShader: `${common}\n${vertex}`, fragmentShader: `${common}\n${fragment}` });
}

export const createSeaMaterial = (u: BeachShaderUniforms) => beachMaterial(u, seaVert, seaFrag);
export const createSandMaterial = (u: BeachShaderUniforms) => beachMaterial(u, sandVert, `${valueNoise}\n${sandFragment}`);
export const createGrassMaterial = (u: BeachShaderUniforms) => {
  const material = beachMaterial(u, GRASS_VERT, GRASS_FRAG);
  material.side = DoubleSide;
  return material;
};
export const createGullMaterial = (u: BeachShaderUniforms) => {
  const material = beachMaterial(u, GULL_VERT, GULL_FRAG);
  material.side = DoubleSide;
  return material;
};

/** The sky dome: drawn first, behind everything, following the camera. */
export function createSkyMaterial(u: BeachShaderUniforms): ShaderMaterial {
  const material = beachMaterial(u, SKY_VERT, skyFrag);
  material.side = BackSide;
  material.depthWrite = false;
  material.depthTest = false;
  return material;
}

export function createWhiteRoomMaterial(u: BeachShaderUniforms): ShaderMaterial {
  const material = beachMaterial(u, WORLD_VERT, whiteRoomFrag);
  material.side = BackSide;
  return material;
}
