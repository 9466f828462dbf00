// Falling particles that never run out: each seed (0..1 in a box) is wrapped into a box that
// travels ahead of the camera, and falls by time, so any frame is a function of uTime alone.
uniform vec3 uParticleCenter;
uniform vec3 uBox;
uniform float uSpeed;
uniform float uPointScale;
varying float vAlpha;

vec3 wrapped(vec3 seed, float fall) {
  vec3 base = uParticleCenter - vec3(uBox.x, 0.0, uBox.z) * 0.5;
  vec3 p;
  p.x = base.x + mod(seed.x * uBox.x - base.x, uBox.x);
  p.z = base.z + mod(seed.z * uBox.z - base.z, uBox.z);
  p.y = mod(seed.y * uBox.y - fall, uBox.y);
  return p;
}

float fade(float dist) {
  return smoothstep(0.25, 1.0, dist) * (1.0 - smoothstep(uBox.x * 0.3, uBox.x * 0.5, dist));
}

// Outside the clip volume: the particle is on the other side of the weather line.
const vec4 HIDDEN = vec4(0.0, 0.0, 2.0, 1.0);
