// The crowd: a few instanced draws of one low-detail body made by the figure system
// (figures/crowd-body.ts), turned at its joints here. Each person's build, clothes and behaviour
// come from instance attributes; every movement is a function of uTime, so a frame at time t is
// reproducible. scenes/plaza/crowd-motion.ts mirrors the motion for tests: change both together.
attribute vec4 aRig;   // bone, bend (how much of its bone's turn a corner takes), colour slot, shade
attribute vec3 aWoman; // where a woman's body has this corner, less the man's
attribute vec3 aChild; // the same for a child's
attribute vec4 aPlace; // x, z, heading (0 faces -z), scale
attribute vec4 aLook;  // coat colour, behaviour, time offset, seed
attribute vec4 aStyle; // kind (0 man, 1 woman, 2 child), girth, hat (0 none, 1 fedora, 2 beanie), hair (0 short, 1 long)
attribute vec4 aTint;  // skin tone, hair colour, accent colour, coat length
uniform vec3 uPortal;
uniform vec3 uJoints[33]; // per kind, the 11 joints the bones turn about (crowd-body.ts crowdJoints)
varying vec3 vNormal;
varying vec3 vColor;
varying float vDist;

// The bones (CROWD_BONE) and the colour slots (CROWD_SLOT), as crowd-detail.ts numbers them.
const int CHEST = 1, HEAD = 2, UPPER_L = 3, FORE_L = 4, UPPER_R = 5, FORE_R = 6, UPLEG_L = 7, LEG_L = 8, UPLEG_R = 9, LEG_R = 10;
const float COAT = 0.0, SKIN = 1.0, HAIR = 2.0, TROUSERS = 3.0, SHOES = 4.0, SCARF = 5.0, FEDORA = 6.0, BEANIE = 7.0, LONG_HAIR = 8.0, CLOUD = 9.0, CROWN = 10.0;

// What every corner of one person shares, set once at the top of main().
float T;      // this person's time
float SEED;
float B;      // behaviour: 0 idle, 1 rising, 2 caught a pill, 3 a flying child, 4 waving
bool CLOUDS;  // a businessman shaping clouds (crowd-style.ts isCloudMaker)
float LEAN;   // weight shift, -1 on the left foot to 1 on the right
float RISE;   // rising: 0 on the ground to 1 hovering
float LIFT;   // caught a pill: 0 reaching up to 1 flying
float REACH;
float GESTURE; // an idle gesture's strength, 0 to 1
float MODE;    // which: 0 arms hanging, 1 hands in pockets, 2 hands clasped, 3 shading the eyes, 4 reaching up

// Turns a point and its normal together (one sine and cosine for both).
void turn2(inout vec2 p, inout vec2 n, float a) {
  mat2 m = mat2(cos(a), sin(a), -sin(a), cos(a));
  p = m * p;
  n = m * n;
}

// Turns `p` about `pivot`, and `n`, by a (radians about X, then Z, then Y; most bones turn about one or two).
void turnAbout(inout vec3 p, inout vec3 n, vec3 pivot, vec3 a) {
  vec3 q = p - pivot;
  if (a.x != 0.0) turn2(q.yz, n.yz, a.x);
  if (a.z != 0.0) turn2(q.xy, n.xy, a.z);
  if (a.y != 0.0) turn2(q.zx, n.zx, a.y);
  p = pivot + q;
}

int parentOf(int b) {
  if (b == FORE_L) return UPPER_L;
  if (b == FORE_R) return UPPER_R;
  if (b == LEG_L) return UPLEG_L;
  if (b == LEG_R) return UPLEG_R;
  if (b == HEAD || b == UPPER_L || b == UPPER_R) return CHEST;
  return 0;
}

// An arm's turn: +x swings it forward and up, z * side out to the side; a forearm's +x bends the elbow.
vec3 armTurn(bool fore, float side) {
  vec3 upper = vec3(0.05 * sin(T * 0.9 + side + SEED * 5.0), 0.0, side * 0.07);
  vec3 lower = vec3(0.2, 0.0, 0.0);
  if (B == 0.0) {
    vec3 gu = upper, gl = lower;
    if (MODE == 1.0) { gu = vec3(-0.1, 0.0, side * 0.2); gl = vec3(0.5, 0.0, 0.0); }
    if (MODE == 2.0) { gu = vec3(0.4, 0.0, -side * 0.2); gl = vec3(1.3, 0.0, 0.0); }
    if (MODE == 3.0 && side > 0.0) { gu = vec3(2.0, 0.0, side * 0.5); gl = vec3(2.0, 0.0, 0.0); }
    if (MODE == 4.0 && side < 0.0) { gu = vec3(2.8, 0.0, side * 0.25); gl = vec3(0.15, 0.0, 0.0); }
    upper = mix(upper, gu, GESTURE);
    lower = mix(lower, gl, GESTURE);
  } else if (B == 1.0) {
    upper = vec3(0.2 * RISE, 0.0, side * (0.1 + 1.3 * RISE + 0.1 * sin(T * 1.3 + side)));
    lower = vec3(0.2 + 0.3 * RISE, 0.0, 0.0);
  } else if (B == 2.0) {
    float catching = side > 0.0 ? REACH : 0.0;
    upper = vec3(mix(2.9 * catching, 2.9, LIFT), 0.0, side * 0.15 * LIFT);
    lower = vec3(0.1 + 0.3 * catching * (1.0 - LIFT), 0.0, 0.0);
  } else if (B == 3.0) {
    upper = vec3(0.3, 0.0, side * (1.35 + 0.15 * sin(T * 3.0 + side)));
    lower = vec3(0.25, 0.0, 0.0);
  } else if (CLOUDS) {
    // Kneading a cloud in front of the chest, the hands going round each other.
    float a = T * 1.3 + side * 1.2;
    upper = vec3(1.0 + 0.22 * sin(a), 0.0, -side * (0.18 + 0.08 * cos(a)));
    lower = vec3(0.95 + 0.35 * cos(a), 0.0, 0.0);
  } else {
    // Cheering, both arms up, waving.
    float w = sin(T * (2.5 + 3.0 * SEED) + side);
    upper = vec3(0.35, 0.0, side * (2.35 + 0.3 * w));
    lower = vec3(0.45 + 0.35 * w, 0.0, 0.0);
  }
  return fore ? lower : upper;
}

// A leg's turn: +x swings the thigh forward; a shin's -x bends the knee.
vec3 legTurn(bool shin, float side) {
  float relax = max(0.0, -side * LEAN);
  vec3 thigh = vec3(0.1 * relax, 0.0, 0.0);
  vec3 lower = vec3(-0.25 * relax, 0.0, 0.0);
  if (B == 1.0) {
    thigh = vec3(0.15 * RISE * sin(T * 1.1 + side * 2.0), 0.0, side * 0.05 * RISE);
    lower = vec3(-0.45 * RISE, 0.0, 0.0);
  } else if (B == 2.0) {
    thigh = vec3(0.1 * LIFT * sin(T * 4.0 + side * 1.57), 0.0, 0.0);
    lower = vec3(-0.35 * LIFT, 0.0, 0.0);
  } else if (B == 3.0) {
    float kick = sin(T * 5.0 + side * 1.57);
    thigh = vec3(0.4 * kick, 0.0, 0.0);
    lower = vec3(-0.5 - 0.3 * kick, 0.0, 0.0);
  }
  return shin ? lower : thigh;
}

// The chest (breathing, leaning) and the head (+x looks up, y looks round).
vec3 chestTurn() {
  float lean = B == 4.0 ? (CLOUDS ? -0.08 : 0.08) : 0.0;
  return vec3(lean - 0.015 * sin(T * 1.6), 0.0, 0.03 * LEAN);
}
vec3 headTurn() {
  if (B == 1.0) return vec3(-0.3 * RISE, 0.0, 0.0);
  if (B == 2.0) return vec3(0.9 * LIFT, 0.0, 0.0);
  if (B == 3.0) return vec3(1.0, 0.0, 0.0);
  if (B == 4.0) return vec3(CLOUDS ? -0.3 : 0.35, 0.0, 0.0);
  return vec3(0.2 + 0.15 * sin(T * 0.17 + SEED * 9.0), 0.6 * sin(T * 0.21 + SEED * 40.0), 0.0);
}

vec3 boneTurn(int b) {
  if (b == CHEST) return chestTurn();
  if (b == HEAD) return headTurn();
  if (b <= FORE_R) return armTurn(b == FORE_L || b == FORE_R, b <= FORE_L ? -1.0 : 1.0);
  return legTurn(b == LEG_L || b == LEG_R, b <= LEG_L ? -1.0 : 1.0);
}

vec3 stops(float k, vec3 a, vec3 b, vec3 c, vec3 d, vec3 e) {
  float x = clamp(k, 0.0, 1.0) * 4.0;
  return x < 1.0 ? mix(a, b, x) : x < 2.0 ? mix(b, c, x - 1.0) : x < 3.0 ? mix(c, d, x - 2.0) : mix(d, e, x - 3.0);
}

vec3 coatColour(float k) {
  if (CLOUDS) return k < 0.5 ? vec3(0.035, 0.037, 0.045) : vec3(0.03, 0.04, 0.09);
  if (k < 0.22) return vec3(0.03, 0.03, 0.035);
  if (k < 0.4) return vec3(0.16, 0.17, 0.2);
  if (k < 0.55) return vec3(0.05, 0.07, 0.16);
  if (k < 0.68) return vec3(0.3, 0.22, 0.14);
  if (k < 0.8) return vec3(0.45, 0.4, 0.32);
  if (k < 0.9) return vec3(0.5, 0.06, 0.05);
  return vec3(0.1, 0.25, 0.2);
}

vec3 accentColour(float k) {
  return stops(k, vec3(0.55, 0.04, 0.04), vec3(0.6, 0.42, 0.05), vec3(0.75, 0.72, 0.62), vec3(0.05, 0.3, 0.15), vec3(0.04, 0.2, 0.45));
}

vec3 hairColour(float k) {
  return stops(k, vec3(0.008), vec3(0.03, 0.018, 0.01), vec3(0.1, 0.05, 0.025), k > 0.85 ? vec3(0.38, 0.36, 0.34) : vec3(0.45, 0.3, 0.12), vec3(0.5, 0.49, 0.47));
}

vec3 slotColour(float slot) {
  float hat = aStyle.z;
  vec3 fedora = mix(vec3(0.025, 0.025, 0.03), vec3(0.12, 0.085, 0.055), aTint.z);
  if (slot == COAT) return coatColour(aLook.x);
  if (slot == SKIN) return stops(aTint.x, vec3(0.07, 0.035, 0.02), vec3(0.2, 0.1, 0.055), vec3(0.42, 0.25, 0.15), vec3(0.66, 0.45, 0.33), vec3(0.84, 0.64, 0.52));
  if (slot == HAIR || slot == LONG_HAIR) return hairColour(aTint.y);
  if (slot == TROUSERS) return stops(hash(SEED * 13.1), vec3(0.02), vec3(0.06, 0.065, 0.075), vec3(0.05, 0.08, 0.16), vec3(0.03, 0.035, 0.06), vec3(0.3, 0.26, 0.18));
  if (slot == SHOES) return vec3(0.025, 0.02, 0.018);
  if (slot == SCARF) return hash(SEED * 7.3) < 0.45 ? accentColour(aTint.z) : coatColour(aLook.x) * 0.85;
  if (slot == FEDORA) return fedora;
  if (slot == BEANIE) return accentColour(aTint.z);
  if (slot == CLOUD) return vec3(0.92, 0.94, 0.97);
  return hat == 1.0 ? fedora : hat == 2.0 ? accentColour(aTint.z) : hairColour(aTint.y);
}

// Hats, long hair and the cloud are in every body: folded away where this person has none.
bool worn(float slot) {
  if (slot == FEDORA) return aStyle.z == 1.0;
  if (slot == BEANIE) return aStyle.z == 2.0;
  if (slot == LONG_HAIR) return aStyle.w == 1.0;
  if (slot == CLOUD) return CLOUDS;
  return true;
}

void main() {
  T = uTime + aLook.z;
  SEED = aLook.w;
  B = aLook.y;
  CLOUDS = B == 4.0 && SEED < 0.45;
  float slot = aRig.z;
  if (!worn(slot)) {
    gl_Position = vec4(0.0, 0.0, -2.0, 1.0);
    return;
  }
  int kind = int(aStyle.x + 0.5);
  // Only what this person's behaviour uses: every corner of every person works these out.
  LEAN = RISE = LIFT = REACH = GESTURE = MODE = 0.0;
  float up = fract(T / 26.0);
  if (B == 0.0 || B == 4.0) LEAN = smoothstep(-0.5, 0.5, sin(T * 0.23 + SEED * 17.0)) * 2.0 - 1.0;
  if (B == 0.0) {
    MODE = floor(hash(SEED * 91.7) * 5.0);
    float g = fract(T / 17.0 + SEED * 3.0);
    GESTURE = MODE < 3.0 ? 1.0 : smoothstep(0.05, 0.2, g) * (1.0 - smoothstep(0.6, 0.75, g));
  } else if (B == 1.0) {
    float ur = fract(T / 22.0);
    RISE = smoothstep(0.1, 0.35, ur) * (1.0 - smoothstep(0.7, 0.95, ur));
  } else if (B == 2.0) {
    LIFT = smoothstep(0.06, 0.2, up);
    REACH = smoothstep(0.0, 0.06, up);
  }

  // This person's build: the kind's body, girth, the coat's length.
  vec3 p = position + (kind == 1 ? aWoman : kind == 2 ? aChild : vec3(0.0));
  vec3 n = normal;
  int b = int(aRig.x + 0.5);
  float hips = uJoints[kind * 11 + UPLEG_L].y;
  if (slot == COAT && b == 0 && p.y < hips) p.y = hips - (hips - p.y) * aTint.w;
  float girth = aStyle.y;
  p.xz *= b == HEAD ? 1.0 + (girth - 1.0) * 0.3 : girth;
  if (slot == CLOUD) {
    // Shaped between the hands, then let go: it rises, swells and thins away.
    float c = fract(T / 8.0 + SEED * 5.0);
    float grow = smoothstep(0.0, 0.45, c);
    float free = smoothstep(0.5, 1.0, c);
    vec3 centre = vec3(0.0, 1.2, -0.5);
    p = centre + vec3(0.0, 3.0 * free, -1.0 * free) + (p - centre) * (0.25 + 0.9 * grow + 1.2 * free) * (1.0 - smoothstep(0.85, 1.0, c));
    // Lit as a soft whole, not as facets.
    n = normalize(n + vec3(0.0, 2.5, 0.0));
  }

  // The bones: each corner takes `bend` of its own bone's turn, then all of its parents'.
  float w = aRig.y;
#if CROWD_LOD >= 2
  // Far off, only the arms move: a raised arm still reads at a hundred metres, a nod does not.
  if (b != UPPER_L && b != UPPER_R) b = 0;
#endif
  for (int i = 0; i < 3; i++) {
    if (b == 0) break;
    turnAbout(p, n, uJoints[kind * 11 + b] * vec3(girth, 1.0, girth), boneTurn(b) * w);
    b = parentOf(b);
    w = 1.0;
#if CROWD_LOD >= 2
    break;
#endif
  }

  // The whole body: standing, rising, flying loops, or flying to the portal.
  float heading = aPlace.z;
  float scale = aPlace.w * (kind == 0 ? 0.94 : kind == 1 ? 0.97 : B == 3.0 ? 1.35 : 1.0);
  float pitch = 0.0;
  float sway = 0.03 * sin(T * 1.1 + SEED * 6.0) - 0.02 * LEAN;
  vec3 offset = vec3(0.0);
  p.x += 0.035 * LEAN;
  if (B == 1.0) {
    offset.y = RISE * (4.0 + 12.0 * SEED + 0.5 * sin(T * 1.3));
    heading += RISE * 0.6 * sin(T * 0.4);
  } else if (B == 2.0) {
    float travel = smoothstep(0.2, 0.85, up);
    vec3 start = vec3(aPlace.x, 3.0 * LIFT, aPlace.y);
    vec3 path = mix(start, uPortal, travel) + vec3(0.0, sin(travel * 3.14159) * 14.0, 0.0);
    offset = path - vec3(aPlace.x, 0.0, aPlace.y);
    vec3 dir = uPortal - start;
    heading = mix(heading, atan(-dir.x, -dir.z), LIFT);
    pitch = -1.3 * LIFT;
    scale *= smoothstep(0.0, 0.03, up) * (1.0 - smoothstep(0.8, 0.86, up));
  } else if (B == 3.0) {
    float a = T * (0.3 + 0.2 * SEED);
    offset = vec3(cos(a) * 6.0, 6.0 + 3.0 * sin(T * 0.6 + SEED * 6.0), sin(a) * 6.0);
    heading = -a;
    pitch = -1.4;
  } else if (B == 4.0 && !CLOUDS) {
    offset.y = 0.08 * pow(max(0.0, sin(T * 4.0 + SEED * 6.0)), 2.0);
  }
  turn2(p.xy, n.xy, sway);
  if (pitch != 0.0) turnAbout(p, n, vec3(0.0, 0.85, 0.0), vec3(pitch, 0.0, 0.0));
  turn2(p.xz, n.xz, -heading);

  vec3 world = vec3(aPlace.x, 0.0, aPlace.y) + offset + p * scale;
  vNormal = n;
  vColor = slotColour(slot) * aRig.w;
  vDist = distance(world, cameraPosition);
  gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
}
