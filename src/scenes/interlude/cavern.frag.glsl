// Zion's cavern at night, seen from the landing: dark rock, terraces of warm lamps stepping down
// to a haze of light far below, a few lamps trembling. Drawn on the inside of a sphere.
// (value-noise.glsl is prepended.)
uniform float uTime;
varying vec3 vDir;

void main() {
  vec3 d = normalize(vDir);
  float a = atan(d.x, -d.z);
  float e = d.y;
  vec2 uv = vec2(a * 6.0, e * 9.0);
  float rock = 0.5 * valueNoise(uv) + 0.3 * valueNoise(uv * 2.7) + 0.2 * valueNoise(uv * 7.1);
  vec3 color = mix(vec3(0.012, 0.010, 0.009), vec3(0.05, 0.038, 0.03), rock);
  // Terraces: bands of lamps, denser and brighter further down, on ledges lit from below.
  float terrace = smoothstep(0.35, -0.3, e);
  vec2 grid = vec2(a * 70.0, e * 55.0);
  vec2 cell = floor(grid);
  float h = hash(cell);
  float lit = step(0.86 - 0.12 * terrace, h) * step(-0.42, e) * step(e, 0.42);
  float dotShape = smoothstep(0.32, 0.05, length(fract(grid) - 0.5));
  float tremble = 0.85 + 0.15 * sin(uTime * (1.0 + 3.0 * h) + h * 40.0);
  vec3 lamp = mix(vec3(1.0, 0.62, 0.28), vec3(1.0, 0.85, 0.55), hash(cell + 7.0));
  color += lamp * lit * dotShape * tremble * (0.5 + 0.9 * terrace);
  float ledge = smoothstep(0.55, 1.0, valueNoise(vec2(a * 20.0, e * 55.0))) * terrace;
  color += vec3(0.16, 0.08, 0.03) * ledge * 0.35;
  // The city's glow far below, hazing up the cavern's walls.
  color += vec3(0.35, 0.16, 0.06) * exp(-abs(e + 0.35) * 5.0) * 0.45;
  gl_FragColor = vec4(color, 1.0);
}
