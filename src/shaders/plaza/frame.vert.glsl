// The steel skeleton inside each collapsing building: bared as the facade sinks, it shifts
// under an invisible weight before it goes down too.
varying float vDist;

void main() {
  float u = cyclePhase();
  float strain = smoothstep(0.45, 0.58, u);
  float gone = fallen(u, 0.62, 0.8);
  float h = aTall.x;
  float y = max(position.y * h - h * gone, 0.0);
  float shift = strain * (0.07 * sin(uTime * 1.3 + aTall.z) + 0.05 * sin(uTime * 3.1 + aTall.z * 3.0)) * y;
  vec3 world = vec3(aBox.x + position.x * aBox.z * 0.96 + shift, y, aBox.y + position.z * aBox.w * 0.96 + 0.5 * shift);
  vDist = distance(world, cameraPosition);
  gl_Position = aTall.y > 0.0 ? projectionMatrix * viewMatrix * vec4(world, 1.0) : vec4(0.0, 0.0, 2.0, 1.0);
}
