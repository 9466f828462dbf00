// A building's collapse cycle, shared by its facade, its steel frame and its dust. u is the
// phase in [0, 1): standing, trembling, sinking into dust, gone, rising again as the Matrix
// repairs itself. A period of 0 means the building never moves.
attribute vec4 aBox;  // x, z, width, depth
attribute vec4 aTall; // height, period, phase, style

float cyclePhase() {
  return aTall.y > 0.0 ? fract((uTime + aTall.z) / aTall.y) : 0.0;
}
float trembling(float u) {
  return aTall.y > 0.0 ? smoothstep(0.4, 0.48, u) * (1.0 - smoothstep(0.6, 0.66, u)) : 0.0;
}
// How far the facade has gone: 0 standing, 1 dust.
float fallen(float u, float start, float end) {
  return aTall.y > 0.0 ? smoothstep(start, end, u) * (1.0 - smoothstep(0.86, 0.99, u)) : 0.0;
}
