varying vec3 vWorld;
varying vec3 vNormal;
varying float vCrest;

// A wave travelling along `dir`, summed into height and slope.
void wave(vec2 p, vec2 dir, float amp, float len, float speed, inout float h, inout vec2 slope) {
  float k = 6.2831853 / len;
  float phase = k * dot(dir, p) - speed * uTime;
  h += amp * sin(phase);
  slope += amp * k * cos(phase) * dir;
}

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  float level = waterLevel(uTime);
  float depth = level - sandHeight(world.xz);
  // Waves flatten in the shallows and far out (where the grid is coarse).
  float fromShore = SHORE_Z - world.z;
  float damp = mix(0.35, 1.0, smoothstep(0.0, 2.0, depth)) * (1.0 - smoothstep(90.0, 260.0, fromShore) * 0.85);
  float h = 0.0;
  vec2 slope = vec2(0.0);
  // The swell comes in toward the shore (+Z) once per wave period.
  wave(world.xz, vec2(0.0, 1.0), 0.14 * damp, 13.0, 6.2831853 / WAVE_PERIOD, h, slope);
  wave(world.xz, vec2(0.28, 0.96), 0.05 * damp, 5.3, 3.4, h, slope);
  wave(world.xz, vec2(-0.55, 0.83), 0.03 * damp, 3.1, 4.5, h, slope);
  wave(world.xz, vec2(0.9, 0.43), 0.02 * damp, 1.9, 5.6, h, slope);
  world.y = level + h;
  vCrest = h / max(0.001, 0.24 * damp);
  vNormal = normalize(vec3(-slope.x, 1.0, -slope.y));
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
