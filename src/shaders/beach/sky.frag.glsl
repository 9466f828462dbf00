varying vec3 vDir;

void main() {
  vec3 dir = normalize(vDir);
  float up = max(dir.y, 0.0);
  vec3 zenith = vec3(0.28, 0.53, 0.82);
  vec3 color = mix(HAZE, zenith, pow(up, 0.55));
  float sun = max(dot(dir, SUN), 0.0);
  color += vec3(1.0, 0.93, 0.78) * (smoothstep(0.9996, 0.9998, sun) * 0.8 + pow(sun, 60.0) * 0.3 + pow(sun, 6.0) * 0.08);
  // Below the horizon (seen past the sea's far edge), the haze.
  color = mix(HAZE, color, smoothstep(-0.04, 0.0, dir.y));
  // The sky paints itself last, from the horizon up.
  float painted = smoothstep(0.2 + up * 0.55, 0.35 + up * 0.6, uReveal);
  gl_FragColor = vec4(mix(WHITE, color, painted), 1.0);
}
