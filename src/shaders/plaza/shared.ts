import { Color, Vector3 } from 'three';

/**
 * Uniforms every plaza material shares (the same objects, so one update reaches them all): the
 * clock, the sun and the haze, which change with the weather under the player.
 */
export function createSharedUniforms() {
  return {
    uTime: { value: 0 },
    // High, ahead and to the right of the walk (48 degrees up): the constant building stands
    // against the sun and its shadow reaches across the plaza toward the player, a dark road to
    // its door. The sky draws the sun here too.
    uSunDir: { value: new Vector3(0.42, 0.74, -0.52).normalize() },
    uSunColor: { value: new Color() },
    uAmbient: { value: new Color() },
    uFogColor: { value: new Color() },
    uFogDensity: { value: 0.0045 },
    uZenith: { value: new Color() },
    uLineZ: { value: 0 },
    /** Where the falling-particle boxes are centred: ahead of the camera, at ground level. */
    uParticleCenter: { value: new Vector3() },
    /** Pixels per metre at one metre away: sizes points in world units. */
    uPointScale: { value: 500 },
  };
}

export type SharedUniforms = ReturnType<typeof createSharedUniforms>;

/** GLSL both stages include: the shared uniforms, a hash, sunlight and haze. */
export const COMMON_GLSL = /* glsl */ `
uniform float uTime;
uniform vec3 uSunDir;
uniform vec3 uSunColor;
uniform vec3 uAmbient;
uniform vec3 uFogColor;
uniform float uFogDensity;
uniform float uLineZ;
float hash(float n) { return fract(sin(n) * 43758.5453123); }
vec3 sunlit(vec3 albedo, vec3 normal) {
  vec3 n = normalize(normal);
  float direct = max(dot(n, uSunDir), 0.0);
  return albedo * (uAmbient * (0.7 + 0.3 * n.y) + uSunColor * direct);
}
vec3 fogged(vec3 color, float dist) {
  float d = uFogDensity * dist;
  return mix(color, uFogColor, clamp(1.0 - exp(-d * d), 0.0, 1.0));
}
`;
