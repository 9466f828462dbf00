varying vec3 vWorld;
varying vec3 vNormal;
varying float vCrest;

void main() {
  float depth = waterLevel(uTime) - sandHeight(vWorld.xz);
  vec3 n = normalize(vNormal);
  vec3 v = normalize(cameraPosition - vWorld);
  vec3 shallow = vec3(0.30, 0.74, 0.76);
  vec3 deep = vec3(0.05, 0.27, 0.52);
  vec3 color = mix(shallow, deep, smoothstep(0.05, 2.6, depth));
  color *= 0.78 + 0.32 * max(dot(n, SUN), 0.0);
  float fresnel = pow(1.0 - max(dot(n, v), 0.0), 4.0);
  color = mix(color, vec3(0.70, 0.83, 0.93), fresnel * 0.55);
  float sparkle = pow(max(dot(reflect(-SUN, n), v), 0.0), 90.0);
  // Foam: lace at the wash's edge, and the swell's crests breaking in the shallows.
  float lace = 0.5 + 0.5 * sin(vWorld.x * 2.1 + sin(vWorld.z * 2.7 + uTime * 0.8) * 1.8);
  float edge = 1.0 - smoothstep(0.0, 0.11 + 0.05 * lace, depth);
  float breaker = smoothstep(0.45, 0.9, vCrest) * (1.0 - smoothstep(0.2, 1.4, depth));
  float foam = clamp(edge * (0.8 + 0.2 * lace) + breaker * (0.55 + 0.45 * lace), 0.0, 1.0);
  color = mix(color, vec3(0.97, 0.98, 0.97), foam) + sparkle * 0.7 * (1.0 - foam);
  color = hazed(color, vWorld);
  gl_FragColor = vec4(mix(WHITE, color, revealMask(vWorld)), 1.0);
}
