// Shared by the solid instanced parts: sunlight on a flat colour, then the haze.
varying vec3 vNormal;
varying vec3 vColor;
varying float vDist;
void main() {
  gl_FragColor = vec4(fogged(sunlit(vColor, vNormal), vDist), 1.0);
  #include <colorspace_fragment>
}
