// The ship's monitors, procedural: 0 heat-seeking, 1 motion detector, 2 exterior camera,
// 3 scrolling code, 4 an amber status board. At night (uNight) every screen is Zion's sparse green code.
uniform float uTime;
uniform float uNight;
varying vec2 vUv;
varying float vKind;
varying float vSeed;

float hash(vec2 p) {
  return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453);
}

vec3 heat(vec2 uv, float t) {
  float f = 0.0;
  for (int i = 0; i < 4; i++) {
    float k = float(i) + vSeed * 3.0;
    vec2 c = vec2(0.5 + 0.32 * sin(t * (0.31 + 0.07 * k) + k * 2.1), 0.5 + 0.3 * cos(t * (0.23 + 0.05 * k) + k));
    f += 0.11 / (0.02 + dot(uv - c, uv - c) * (5.0 + k));
  }
  f = clamp(f * 0.12, 0.0, 1.0);
  return mix(mix(vec3(0.02, 0.03, 0.25), vec3(0.1, 0.75, 0.3), smoothstep(0.1, 0.45, f)), mix(vec3(0.95, 0.85, 0.1), vec3(1.0, 0.2, 0.05), smoothstep(0.75, 1.0, f)), smoothstep(0.45, 0.75, f));
}

vec3 motion(vec2 uv, float t) {
  vec2 p = (uv - 0.5) * vec2(1.5, 1.0);
  float r = length(p);
  float a = atan(p.y, p.x);
  float sweep = mod(a - t * 1.6, 6.2831853);
  float trail = exp(-sweep * 2.2) * step(r, 0.48);
  float rings = step(0.985, 1.0 - abs(fract(r * 8.0) - 0.5) * 2.0) * step(r, 0.48);
  vec3 color = vec3(0.05, 0.9, 0.35) * (trail * 0.6 + rings * 0.25);
  for (int i = 0; i < 3; i++) {
    float k = float(i) + vSeed * 5.0;
    vec2 b = vec2(cos(k * 2.3 + t * 0.05), sin(k * 1.7)) * (0.15 + 0.1 * float(i));
    float seen = exp(-mod(atan(b.y, b.x) - t * 1.6, 6.2831853) * 0.8);
    color += vec3(0.6, 1.0, 0.5) * smoothstep(0.03, 0.0, length(p - b)) * seen;
  }
  return color;
}

vec3 camera(vec2 uv, float t) {
  // A tunnel outside the ship: walls converging, a light drifting by.
  vec2 p = uv - vec2(0.5, 0.45);
  float walls = smoothstep(0.0, 0.5, abs(p.x) + abs(p.y) * 0.6);
  float light = exp(-pow((fract(t * 0.07 + vSeed) - 0.5 - p.x) * 6.0, 2.0)) * 0.4;
  float grain = hash(uv * 200.0 + floor(t * 12.0)) * 0.12;
  return vec3(0.42, 0.5, 0.46) * (walls * 0.6 + light + grain);
}

vec3 code(vec2 uv, float t) {
  vec2 cell = floor(uv * vec2(22.0, 14.0));
  float speed = 1.0 + hash(vec2(cell.x, 3.0)) * 2.0;
  float row = cell.y + floor(t * speed * 3.0);
  float lit = step(0.62 + uNight * 0.2, hash(vec2(cell.x, row)));
  vec2 inCell = fract(uv * vec2(22.0, 14.0));
  float glyph = step(0.2, inCell.x) * step(inCell.x, 0.8) * step(0.15, inCell.y) * step(inCell.y, 0.85);
  return vec3(0.15, 1.0, 0.4) * lit * glyph * (0.5 + 0.5 * hash(cell + row));
}

vec3 status(vec2 uv, float t) {
  // Rows of amber gauges, each settling on a new reading now and then, and a header line.
  float row = floor(uv.y * 7.0);
  float level = 0.25 + 0.65 * hash(vec2(row + vSeed * 13.0, floor(t * 0.4 + row * 0.37)));
  float bar = step(0.1, uv.x) * step(uv.x, 0.1 + 0.8 * level) * step(0.25, fract(uv.y * 7.0)) * step(uv.y, 0.82);
  float header = step(0.88, uv.y) * step(uv.y, 0.93) * step(0.1, uv.x) * step(uv.x, 0.55);
  return vec3(1.0, 0.62, 0.16) * (bar * 0.8 + header);
}

void main() {
  float t = uTime;
  vec3 color;
  float kind = mix(vKind, 3.0, step(0.5, uNight));
  if (kind < 0.5) color = heat(vUv, t);
  else if (kind < 1.5) color = motion(vUv, t);
  else if (kind < 2.5) color = camera(vUv, t);
  else if (kind < 3.5) color = code(vUv, t);
  else color = status(vUv, t);
  float scan = 0.85 + 0.15 * sin(vUv.y * 240.0 + t * 4.0);
  vec2 edge = smoothstep(0.0, 0.06, vUv) * smoothstep(0.0, 0.06, 1.0 - vUv);
  gl_FragColor = vec4(color * scan * edge.x * edge.y + vec3(0.01, 0.025, 0.02), 1.0);
}
