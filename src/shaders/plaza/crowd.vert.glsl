// The crowd: one instanced draw. Each figure's place and behaviour come from instance
// attributes; every movement is a function of uTime, so a frame at time t is reproducible.
attribute float aPart;
attribute vec4 aPlace; // x, z, heading (0 faces -z), scale
attribute vec4 aLook;  // colour seed, behaviour, time offset, seed
uniform vec3 uPortal;
varying vec3 vNormal;
varying vec3 vColor;
varying float vDist;

vec2 turn(vec2 v, float a) {
  float c = cos(a), s = sin(a);
  return vec2(c * v.x - s * v.y, s * v.x + c * v.y);
}

vec3 coat(float k) {
  if (k < 0.22) return vec3(0.03, 0.03, 0.035);
  if (k < 0.4) return vec3(0.16, 0.17, 0.2);
  if (k < 0.55) return vec3(0.05, 0.07, 0.16);
  if (k < 0.68) return vec3(0.3, 0.22, 0.14);
  if (k < 0.8) return vec3(0.45, 0.4, 0.32);
  if (k < 0.9) return vec3(0.5, 0.06, 0.05);
  return vec3(0.1, 0.25, 0.2);
}

void main() {
  float behaviour = aLook.y;
  float t = uTime + aLook.z;
  float seed = aLook.w;
  vec3 p = position;
  vec3 n = normal;
  float heading = aPlace.z;
  float scale = aPlace.w;
  float pitch = 0.0;
  float raise = 0.08 * sin(t * 1.7);
  vec3 offset = vec3(0.0);

  if (behaviour == 1.0) {
    // Rising into the air, hovering, settling back.
    float u = fract(t / 22.0);
    float up = smoothstep(0.1, 0.35, u) * (1.0 - smoothstep(0.7, 0.95, u));
    offset.y = up * (4.0 + 12.0 * seed + 0.5 * sin(t * 1.3));
    raise = up * 1.2;
  } else if (behaviour == 2.0) {
    // Caught a red pill: lifts off, flies to the portal, is gone, and someone else stands there.
    float u = fract(t / 26.0);
    float lift = smoothstep(0.06, 0.2, u);
    float travel = smoothstep(0.2, 0.85, u);
    vec3 start = vec3(aPlace.x, 3.0 * lift, aPlace.y);
    vec3 path = mix(start, uPortal, travel) + vec3(0.0, sin(travel * 3.14159) * 14.0, 0.0);
    offset = path - vec3(aPlace.x, 0.0, aPlace.y);
    vec3 dir = uPortal - start;
    heading = mix(heading, atan(-dir.x, -dir.z), lift);
    pitch = -1.3 * lift;
    raise = mix(2.2 * smoothstep(0.0, 0.06, u), 2.9, lift);
    scale *= smoothstep(0.0, 0.03, u) * (1.0 - smoothstep(0.8, 0.86, u));
  } else if (behaviour == 3.0) {
    // Children flying loops above the heads.
    float a = t * (0.3 + 0.2 * seed);
    offset = vec3(cos(a) * 6.0, 6.0 + 3.0 * sin(t * 0.6 + seed * 6.0), sin(a) * 6.0);
    heading = -a;
    pitch = -1.4;
    raise = 2.9;
  } else if (behaviour == 4.0) {
    // Shouting, laughing, making clouds with their fingers.
    raise = 1.3 + 1.1 * sin(t * (2.5 + 3.0 * seed));
  }

  if (aPart > 1.5) {
    float side = aPart < 2.5 ? -1.0 : 1.0;
    vec2 pivot = vec2(side * 0.22, 1.38);
    p.xy = pivot + turn(p.xy - pivot, side * raise);
    n.xy = turn(n.xy, side * raise);
  }
  float sway = 0.05 * sin(t * 1.1 + seed * 6.0);
  p.xy = turn(p.xy, sway);
  n.xy = turn(n.xy, sway);
  p.y -= 0.85;
  p.yz = turn(p.yz, pitch);
  n.yz = turn(n.yz, pitch);
  p.y += 0.85;
  p.xz = turn(p.xz, -heading);
  n.xz = turn(n.xz, -heading);

  vec3 world = vec3(aPlace.x, 0.0, aPlace.y) + offset + p * scale;
  vNormal = n;
  vColor = aPart == 1.0 ? mix(vec3(0.45, 0.28, 0.2), vec3(0.85, 0.65, 0.52), seed) : coat(aLook.x);
  vDist = distance(world, cameraPosition);
  gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
}
