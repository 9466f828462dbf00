varying vec3 vWorld;

float hash3(vec3 p) {
  return fract(sin(dot(p, vec3(127.1, 311.7, 74.7))) * 43758.5453);
}

// The white loading program: white walls, floor and ceiling. When Neo wills it away, the
// panels go out one by one, from the ceiling down, flaring green as they do.
void main() {
  // The floor is the sand itself, painted white: the room only has walls and a ceiling.
  if (vWorld.y < 0.0) discard;
  vec3 cell = floor(vWorld / 1.2);
  float order = hash3(cell) * 0.75 + (1.0 - clamp(vWorld.y / 7.0, 0.0, 1.0)) * 0.25;
  float gone = uReveal * 2.4;
  if (order < gone) discard;
  vec3 grid = abs(fract(vWorld / 1.2) - 0.5);
  float seam = step(0.485, max(max(grid.x, grid.z), grid.y) * step(0.01, vWorld.y));
  vec3 color = WHITE * (0.95 + 0.05 * smoothstep(0.0, 5.0, vWorld.y)) * (1.0 - seam * 0.035);
  color = mix(color, vec3(0.70, 0.96, 0.78), (1.0 - smoothstep(0.0, 0.06, order - gone)) * step(0.0001, uReveal));
  gl_FragColor = vec4(color, 1.0);
}
