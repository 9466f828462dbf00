varying vec3 vNormal;
varying vec3 vColor;
varying float vDist;
varying vec3 vFace;    // metres along the face, metres up the building, 1 on the roof
varying float vShatter;

void main() {
  float u = cyclePhase();
  float shake = trembling(u);
  float gone = fallen(u, 0.5, 0.66);
  float h = aTall.x;
  vec3 p = position;
  // The facade sinks into its own dust, its top edge crumbling unevenly.
  float jag = hash(dot(floor(p * 5.0 + 2.5), vec3(1.0, 13.0, 71.0)) + aTall.z);
  float sunk = h * gone * (0.9 + 0.1 * jag);
  float y = max(p.y * h - sunk, 0.0);
  float weight = sin(aTall.z * 7.0);
  float lean = shake * 0.03 * sin(uTime * 23.0 + aTall.z) + gone * 0.1 * weight;
  vec3 world = vec3(aBox.x + p.x * aBox.z * (1.0 - 0.15 * gone) + lean * y, y, aBox.y + p.z * aBox.w * (1.0 - 0.15 * gone));
  vFace = vec3(abs(normal.x) > 0.5 ? p.z * aBox.w : p.x * aBox.z, p.y * h - sunk, step(0.5, normal.y));
  vShatter = shake;
  float style = aTall.w;
  vColor = style < 0.5 ? vec3(0.55, 0.53, 0.5) : style < 1.5 ? vec3(0.45, 0.24, 0.17) : style < 2.5 ? vec3(0.3, 0.38, 0.42) : vec3(0.62, 0.5, 0.36);
  vColor *= 0.85 + 0.3 * hash(aTall.z);
  vNormal = normal;
  vDist = distance(world, cameraPosition);
  gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
}
