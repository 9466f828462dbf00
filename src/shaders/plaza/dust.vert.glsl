// Dust from a collapsing building: puffs swell out of its footprint and drift up and away.
// `position` holds three seeds in [0, 1).
uniform float uPointScale;
varying float vAlpha;
varying float vDist;

void main() {
  float u = cyclePhase();
  float k = clamp((u - 0.48) / 0.4, 0.0, 1.0);
  vec3 s = position;
  float spread = 1.0 + 1.4 * k;
  vec3 world = vec3(
    aBox.x + (s.x - 0.5) * aBox.z * spread,
    s.y * aTall.x * 0.45 * (1.0 - 0.5 * k) + k * (3.0 + 8.0 * s.z),
    aBox.y + (s.z - 0.5) * aBox.w * spread);
  vec4 view = viewMatrix * vec4(world, 1.0);
  vDist = -view.z;
  vAlpha = sin(k * 3.14159) * 0.75;
  gl_PointSize = clamp((4.0 + 9.0 * k) * uPointScale / max(-view.z, 1.0), 1.0, 64.0);
  bool visible = aTall.y > 0.0 && k > 0.0 && k < 1.0;
  gl_Position = visible ? projectionMatrix * view : vec4(0.0, 0.0, 2.0, 1.0);
}
