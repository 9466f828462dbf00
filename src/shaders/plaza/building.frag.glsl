// Facades with rows of windows that mirror the sky; when a building trembles its windows
// flash as they shatter, then stay dark.
uniform vec3 uZenith;
varying vec3 vNormal;
varying vec3 vColor;
varying float vDist;
varying vec3 vFace;
varying float vShatter;

void main() {
  vec3 color = sunlit(vColor, vNormal);
  vec2 cell = vec2(vFace.x / 2.8, vFace.y / 3.4);
  vec2 inCell = fract(cell);
  float window = step(0.22, inCell.x) * step(inCell.x, 0.78) * step(0.3, inCell.y) * step(inCell.y, 0.85);
  window *= step(1.0, cell.y) * (1.0 - vFace.z);
  if (window > 0.5) {
    float pane = hash(dot(floor(cell), vec2(3.1, 17.7)));
    vec3 glass = mix(uZenith * 0.35, uFogColor * 0.9, 0.3 + 0.5 * pane);
    glass += uSunColor * 0.25 * step(0.9, pane);
    float broken = step(0.5, vShatter + pane * 0.4);
    glass = mix(glass, mix(vec3(1.4, 1.5, 1.6), vec3(0.02), step(0.7, vShatter)), broken * vShatter);
    color = glass;
  }
  gl_FragColor = vec4(fogged(color, vDist), 1.0);
  #include <colorspace_fragment>
}
