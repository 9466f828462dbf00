// Each fly circles its light on a wobbling orbit: its own radius, speed, height and phase,
// all from aSeed (x: the light's z, yzw: random 0..1). Darting, never still.
uniform float uTime;
uniform float uCeiling;
attribute vec4 aSeed;

void main() {
  float speed = 2.0 + 4.0 * aSeed.y;
  float angle = uTime * speed * (aSeed.z > 0.5 ? 1.0 : -1.0) + aSeed.w * 6.2831;
  float radius = 0.12 + 0.35 * aSeed.z + 0.05 * sin(uTime * 11.0 * aSeed.w + aSeed.y * 20.0);
  vec3 centre = vec3(0.0, uCeiling - 0.15 - 0.35 * aSeed.w, aSeed.x);
  vec3 offset = vec3(cos(angle) * radius, 0.08 * sin(uTime * 7.0 + aSeed.y * 30.0), sin(angle) * radius * 1.6);
  vec3 world = centre + offset + position;
  gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
}
