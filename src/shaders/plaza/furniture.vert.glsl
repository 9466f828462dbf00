// Water that flies up out of the lake, hovers, turns into furniture, and decomposes again.
attribute vec4 aBox;  // centre in the piece; seed
attribute vec4 aSize; // size; kind
attribute vec4 aItem; // piece seed; hover x, z, height
varying vec3 vNormal;
varying vec3 vColor;
varying float vDist;

const float PERIOD = 18.0;

vec2 turn(vec2 v, float a) {
  float c = cos(a), s = sin(a);
  return vec2(c * v.x - s * v.y, s * v.x + c * v.y);
}

void main() {
  float t = uTime + aItem.x * PERIOD;
  float u = fract(t / PERIOD);
  vec3 rnd = vec3(hash(aBox.w * 17.0), hash(aBox.w * 29.0), hash(aBox.w * 43.0)) - 0.5;
  vec3 hover = vec3(aItem.y, aItem.w + 0.5 * sin(t * 0.7), aItem.z);
  float up = smoothstep(0.0, 0.25, u);
  float made = smoothstep(0.25, 0.4, u);
  float apart = smoothstep(0.68, 0.95, u);
  float spinY = t * 0.3;
  vec3 drop = mix(vec3(hover.x + rnd.x * 6.0, 0.2, hover.z + rnd.z * 6.0), hover + rnd * 2.5, up);
  vec3 piece = aBox.xyz * 2.0 - vec3(0.0, 1.0, 0.0);
  piece.xz = turn(piece.xz, spinY);
  vec3 center = mix(drop, hover + piece, made) + rnd * apart * 9.0 - vec3(0.0, apart * apart * 6.0, 0.0);
  vec3 size = mix(vec3(0.4), aSize.xyz * 2.0, made) * (1.0 - apart) * step(0.001, aSize.x) * smoothstep(0.0, 0.03, u);
  vec3 p = position * size;
  vec3 n = normal;
  float tumble = apart * 4.0 * rnd.x;
  p.xy = turn(p.xy, tumble);
  n.xy = turn(n.xy, tumble);
  p.xz = turn(p.xz, spinY);
  n.xz = turn(n.xz, spinY);
  vec3 world = center + p;
  float kind = aSize.w;
  vec3 wood = kind < 0.5 ? vec3(0.45, 0.27, 0.14) : kind < 1.5 ? vec3(0.55, 0.38, 0.2) : kind < 2.5 ? vec3(0.55, 0.12, 0.1) : kind < 3.5 ? vec3(0.85, 0.82, 0.7) : vec3(0.3, 0.2, 0.12);
  vColor = mix(mix(vec3(0.25, 0.55, 0.75), wood, made), vec3(0.3), apart * 0.6);
  vNormal = n;
  vDist = distance(world, cameraPosition);
  gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
}
