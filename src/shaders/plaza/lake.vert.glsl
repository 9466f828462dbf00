// A lake that heaves itself up into a mountain, holds, and sinks back to water.
uniform float uRadius;
varying vec3 vNormal;
varying float vHeight;
varying float vRise;
varying vec3 vWorld;
varying float vEdge;

const float PERIOD = 34.0;

float rise() {
  float u = fract(uTime / PERIOD + 0.2);
  return smoothstep(0.1, 0.4, u) * (1.0 - smoothstep(0.68, 0.92, u));
}
float heightAt(vec2 p, float r) {
  float d = length(p) / uRadius;
  float peak = pow(max(1.0 - d, 0.0), 1.6) * 22.0;
  float ridges = (sin(p.x * 0.9 + p.y * 0.4) + sin(p.y * 1.3 - p.x * 0.5)) * 1.4 * max(1.0 - d, 0.0);
  float waves = 0.06 * sin(p.x * 2.0 + uTime * 2.1) * sin(p.y * 1.7 - uTime * 1.6);
  return (peak + ridges) * r + waves * (1.0 - r);
}

void main() {
  float r = rise();
  vec2 p = position.xz;
  float h = heightAt(p, r);
  float e = 0.3;
  vec3 n = normalize(vec3(heightAt(p - vec2(e, 0.0), r) - heightAt(p + vec2(e, 0.0), r), 2.0 * e, heightAt(p - vec2(0.0, e), r) - heightAt(p + vec2(0.0, e), r)));
  vec4 world = modelMatrix * vec4(p.x, h + 0.03, p.y, 1.0);
  vNormal = n;
  vHeight = h;
  vRise = r;
  vEdge = length(p) / uRadius;
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
