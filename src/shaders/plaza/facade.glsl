// Where a facade vertex stands now, in world space: the building trembles, sinks into its own
// dust and rises again. Shared by the facades and by the sun's shadow mask, so a falling
// building's shadow shortens with it.
float facadeSunk(vec3 p, float gone) {
  float jag = hash(dot(floor(p * 5.0 + 2.5), vec3(1.0, 13.0, 71.0)) + aTall.z);
  return aTall.x * gone * (0.9 + 0.1 * jag);
}
vec3 facadeWorld(vec3 p, float shake, float gone, float sunk) {
  float y = max(p.y * aTall.x - sunk, 0.0);
  float weight = sin(aTall.z * 7.0);
  float lean = shake * 0.03 * sin(uTime * 23.0 + aTall.z) + gone * 0.1 * weight;
  return vec3(aBox.x + p.x * aBox.z * (1.0 - 0.15 * gone) + lean * y, y, aBox.y + p.z * aBox.w * (1.0 - 0.15 * gone));
}
