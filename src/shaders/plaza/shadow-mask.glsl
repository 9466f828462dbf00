// The sun's shadow mask: anything drawn here is flattened onto the ground along the sun's rays
// (a point at height y lands y / sun.y further from the sun) and written into a texture that
// maps the plaza's ground square. Nothing is hidden by anything: the mask keeps the largest
// value per channel, red for sunlight blocked, green for the light a person's feet keep off.
uniform vec2 uShadowCenter;
uniform float uShadowHalf;
vec4 shadowPosition(vec3 world) {
  vec2 ground = world.xz - uSunDir.xz / max(uSunDir.y, 0.2) * world.y;
  return vec4((ground - uShadowCenter) / uShadowHalf, 0.0, 1.0);
}
