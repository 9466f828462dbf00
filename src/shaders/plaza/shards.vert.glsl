// Window glass that bursts from a building, swirls down as a cloud of shards, gathers into an
// animal and flies or walks away, then breaks up; each cycle starts from another window.
attribute vec4 aTarget; // x, y, z in the creature's frame; part
attribute vec4 aColor;  // creature colour; 1 where it glows
attribute vec4 aShard;  // creature index, kind, creature seed, shard seed
varying vec3 vNormal;
varying vec3 vColor;
varying float vDist;
varying float vGlass;
varying float vGlow;

const float PERIOD = 24.0;

vec2 turn(vec2 v, float a) {
  float c = cos(a), s = sin(a);
  return vec2(c * v.x - s * v.y, s * v.x + c * v.y);
}
vec3 spin(vec3 v, vec3 axis, float a) {
  return v * cos(a) + cross(axis, v) * sin(a) + axis * dot(axis, v) * (1.0 - cos(a));
}

void main() {
  float kind = aShard.y;
  float t = uTime + aShard.z * PERIOD;
  float cycle = floor(t / PERIOD);
  float u = fract(t / PERIOD);
  float r1 = hash(cycle * 7.13 + aShard.x * 3.71);
  float r2 = hash(cycle * 3.17 + aShard.x * 1.33 + 5.0);
  float angle = r1 * 6.2832;
  vec3 origin = vec3(cos(angle) * (30.0 + 20.0 * r2), 8.0 + 16.0 * hash(r1 + r2), -12.0 + sin(angle) * (34.0 + 16.0 * r2));
  bool walker = kind > 1.5;
  // Walkers land outside the plaza and walk off outward; fliers cross the sky above it.
  vec2 out2 = vec2(cos(angle), sin(angle));
  vec3 form = walker ? vec3(origin.x * 0.6, kind > 2.5 ? 2.7 : 2.0, origin.z * 0.6) : origin + vec3(0.0, 4.0, 0.0);
  vec2 way = walker ? out2 : -out2;
  way = turn(way, (r2 - 0.5) * 1.4);
  float heading = atan(-way.x, -way.y);
  vec3 forward = vec3(way.x, 0.0, way.y);

  vec3 rnd = vec3(hash(aShard.w * 11.1), hash(aShard.w * 23.7), hash(aShard.w * 37.3)) - 0.5;
  float burst = smoothstep(0.0, 0.07, u);
  float fall = smoothstep(0.05, 0.3, u);
  vec3 scattered = origin + rnd * (1.0 + 8.0 * burst);
  vec3 swirl = vec3(turn(rnd.xz * 6.0, t * 1.7), 0.0).xzy + vec3(0.0, rnd.y * 3.0, 0.0);
  vec3 cloud = mix(scattered, form + swirl, fall);

  // The animal: wings flap about the body, legs swing from the hips.
  vec3 local = aTarget.xyz * 1.8;
  float part = aTarget.w;
  float beat = t * (walker ? 5.0 : 7.0) + aShard.x;
  if (part == 1.0 || part == 2.0) {
    float side = part == 1.0 ? -1.0 : 1.0;
    local.xy = vec2(side * 0.3, 0.0) + turn(local.xy - vec2(side * 0.3, 0.0), side * 0.7 * sin(beat));
  } else if (part == 3.0 || part == 4.0) {
    float swing = 0.45 * sin(beat + (part == 3.0 ? 0.0 : 3.14159) + step(0.0, local.x) * 3.14159);
    vec2 hip = vec2(-0.5, local.z);
    local.yz = hip + turn(local.yz - hip, swing);
  }
  local.xz = turn(local.xz, -heading);
  float going = max(u - 0.42, 0.0) * PERIOD;
  vec3 center = form + forward * going * (walker ? 2.4 : 5.0);
  center.y += walker ? abs(sin(beat)) * 0.12 : going * 0.9 + sin(beat * 0.25) * 0.4;
  float formed = smoothstep(0.3, 0.42, u);
  float gone = smoothstep(0.9, 1.0, u);
  vec3 pos = mix(cloud, center + local, formed) + rnd * gone * 10.0;

  vec3 axis = normalize(rnd + vec3(0.01, 0.02, 0.03));
  float roll = t * (2.0 + 6.0 * hash(aShard.w)) * (1.0 - 0.85 * formed);
  float size = mix(0.3, 0.24, formed) * (1.0 - gone);
  vec3 world = pos + spin(position * size, axis, roll);
  vNormal = spin(vec3(0.0, 0.0, 1.0), axis, roll);
  vColor = mix(vec3(0.7, 0.85, 0.95), aColor.rgb, formed);
  vGlass = 1.0 - formed;
  vGlow = aColor.a * formed;
  vDist = distance(world, cameraPosition);
  gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
}
