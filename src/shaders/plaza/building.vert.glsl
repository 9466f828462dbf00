varying vec3 vNormal;
varying vec3 vColor;
varying float vDist;
varying vec3 vFace;    // metres along the face, metres up the building, 1 on the roof
varying float vShatter;

void main() {
  float u = cyclePhase();
  float shake = trembling(u);
  float gone = fallen(u, 0.5, 0.66);
  vec3 p = position;
  float sunk = facadeSunk(p, gone);
  vec3 world = facadeWorld(p, shake, gone, sunk);
  vFace = vec3(abs(normal.x) > 0.5 ? p.z * aBox.w : p.x * aBox.z, p.y * aTall.x - sunk, step(0.5, normal.y));
  vShatter = shake;
  float style = aTall.w;
  vColor = style < 0.5 ? vec3(0.55, 0.53, 0.5) : style < 1.5 ? vec3(0.45, 0.24, 0.17) : style < 2.5 ? vec3(0.3, 0.38, 0.42) : vec3(0.62, 0.5, 0.36);
  vColor *= 0.85 + 0.3 * hash(aTall.z);
  vNormal = normal;
  vDist = distance(world, cameraPosition);
  gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
}
