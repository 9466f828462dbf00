varying vec3 vWorld;
varying vec3 vNormal;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  world.y = sandHeight(world.xz);
  float e = 0.5;
  float hx = sandHeight(world.xz + vec2(e, 0.0)) - sandHeight(world.xz - vec2(e, 0.0));
  float hz = sandHeight(world.xz + vec2(0.0, e)) - sandHeight(world.xz - vec2(0.0, e));
  vNormal = normalize(vec3(-hx, 2.0 * e, -hz));
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
