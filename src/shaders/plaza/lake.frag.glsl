varying vec3 vNormal;
varying float vHeight;
varying float vRise;
varying vec3 vWorld;
varying float vEdge;

void main() {
  if (vEdge > 1.0) discard;
  vec3 n = normalize(vNormal);
  vec3 view = normalize(cameraPosition - vWorld);
  vec3 water = vec3(0.03, 0.12, 0.16) + uFogColor * 0.35 + uSunColor * pow(max(dot(reflect(-view, n), uSunDir), 0.0), 80.0);
  vec3 rock = mix(vec3(0.2, 0.16, 0.12), vec3(0.33, 0.3, 0.24), n.y);
  float snowy = smoothstep(15.0, 18.0, vHeight + n.y * 2.0);
  vec3 land = sunlit(mix(rock, vec3(0.95), snowy), n);
  float solid = smoothstep(0.4, 1.6, vHeight) * vRise;
  gl_FragColor = vec4(fogged(mix(water, land, solid), distance(vWorld, cameraPosition)), 1.0);
  #include <colorspace_fragment>
}
