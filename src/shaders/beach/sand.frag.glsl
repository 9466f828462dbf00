varying vec3 vWorld;
varying vec3 vNormal;

void main() {
  vec3 n = normalize(vNormal);
  float dist = length(vWorld - cameraPosition);
  // Grain up close, fading out before it can shimmer.
  float grain = (valueNoise(vWorld.xz * 24.0) - 0.5) * (1.0 - smoothstep(1.5, 7.0, dist));
  float wind = sin(vWorld.x * 1.3 + sin(vWorld.z * 0.8) * 2.0 + vWorld.z * 0.4);
  vec3 dry = vec3(0.94, 0.90, 0.81);
  vec3 wet = vec3(0.71, 0.65, 0.54);
  // Below the highest reach of the wash, the sand is wet and dark.
  float wetness = 1.0 - smoothstep(SEA_LEVEL + TIDE - 0.02, SEA_LEVEL + TIDE + 0.1, vWorld.y);
  vec3 color = mix(dry, wet, wetness);
  float light = 0.76 + 0.36 * max(dot(n, SUN), 0.0);
  color *= light * (1.0 + 0.06 * grain + 0.025 * wind * (1.0 - wetness));
  color = hazed(color, vWorld);
  // Before the change, the white program's floor: faint seams between white panels.
  vec2 g = abs(fract(vWorld.xz / 1.2) - 0.5);
  float seam = step(0.485, max(g.x, g.y)) * (1.0 - smoothstep(8.0, 20.0, dist));
  gl_FragColor = vec4(mix(WHITE * (1.0 - 0.035 * seam), color, revealMask(vWorld)), 1.0);
}
