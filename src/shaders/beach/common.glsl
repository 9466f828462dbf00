// Shared by every beach shader. sandHeight mirrors src/scenes/beach/layout.ts.
uniform float uTime;
uniform float uReveal;
uniform vec2 uOrigin;

const vec3 WHITE = vec3(0.957, 0.965, 0.957);
const vec3 HAZE = vec3(0.80, 0.87, 0.92);
// Low over the sea, a little to the left of it.
const vec3 SUN = vec3(-0.35, 0.375, -0.858);

#define SHORE_Z -16.0
#define SEA_LEVEL -0.3
#define TIDE 0.09
#define WAVE_PERIOD 7.0

float sandHeight(vec2 p) {
  float ripples = 0.05 * sin(p.x * 0.31 + p.y * 0.17) * sin(p.y * 0.23 - p.x * 0.11) + 0.02 * sin(p.x * 0.83 + p.y * 0.61);
  float back = smoothstep(9.0, 34.0, p.y) * (0.7 + 0.5 * sin(p.x * 0.13 + p.y * 0.07)) * 2.2;
  float sides = smoothstep(18.0, 46.0, abs(p.x)) * (0.6 + 0.5 * sin(p.y * 0.1 + p.x * 0.05)) * 1.4;
  float slope = min(0.0, p.y - SHORE_Z) * 0.075;
  return ripples + back + sides + slope;
}

float waterLevel(float t) {
  return SEA_LEVEL + TIDE * sin(6.2831853 * t / WAVE_PERIOD);
}

// 1 where the beach has painted itself, 0 where it is still the white: a ragged front that
// spreads out from where Neo stood.
float revealMask(vec3 p) {
  float d = length(p.xz - uOrigin);
  float n = sin(p.x * 0.45 + sin(p.z * 0.31) * 2.0) * sin(p.z * 0.37 + sin(p.x * 0.23) * 2.0);
  float front = uReveal * uReveal * 420.0;
  return clamp((front - d - n * 5.0) / 8.0, 0.0, 1.0);
}

vec3 hazed(vec3 color, vec3 world) {
  float dist = length(world - cameraPosition);
  return mix(color, HAZE, smoothstep(50.0, 330.0, dist) * 0.9);
}
