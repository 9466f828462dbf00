// The plaza's ground: wet, dark asphalt that mirrors the sky and the sun where it rains;
// trodden white snow behind the weather line. The line is a hard edge on the ground.
varying vec3 vWorld;

float noise2(vec2 p) {
  vec2 i = floor(p);
  vec2 f = fract(p);
  f = f * f * (3.0 - 2.0 * f);
  float a = hash(dot(i, vec2(1.0, 57.0)));
  float b = hash(dot(i + vec2(1.0, 0.0), vec2(1.0, 57.0)));
  float c = hash(dot(i + vec2(0.0, 1.0), vec2(1.0, 57.0)));
  float d = hash(dot(i + vec2(1.0, 1.0), vec2(1.0, 57.0)));
  return mix(mix(a, b, f.x), mix(c, d, f.x), f.y);
}

void main() {
  vec2 p = vWorld.xz;
  float n = noise2(p * 0.6);
  vec2 tile = abs(fract(p / 3.0) - 0.5);
  float seam = smoothstep(0.47, 0.5, max(tile.x, tile.y));
  vec3 view = normalize(cameraPosition - vWorld);
  vec2 shade = groundShadow(p);
  float sunlight = 1.0 - shade.r;
  float open = 1.0 - 0.65 * shade.g;
  vec3 color;
  if (vWorld.z < uLineZ) {
    vec3 albedo = mix(vec3(0.05, 0.052, 0.058), vec3(0.09, 0.092, 0.1), n) * (1.0 - 0.4 * seam);
    vec3 asphalt = albedo * (uAmbient * open + uSunColor * max(uSunDir.y, 0.0) * sunlight);
    vec3 mirrored = reflect(-view, vec3(0.0, 1.0, 0.0));
    float puddle = smoothstep(0.45, 0.6, noise2(p * 0.35));
    float fresnel = pow(1.0 - max(view.y, 0.0), 4.0);
    float glint = pow(max(dot(mirrored, uSunDir), 0.0), mix(60.0, 600.0, puddle));
    // Rings where drops land: a cell's ring grows and fades every 0.7 s.
    vec2 cell = floor(p * 1.5);
    vec2 local = fract(p * 1.5) - 0.5;
    float t = fract(uTime * 1.4 + hash(dot(cell, vec2(7.0, 113.0))));
    float ring = smoothstep(0.05, 0.0, abs(length(local) - t * 0.45)) * (1.0 - t) * puddle;
    // Wet and dark: it mirrors the grey haze, the more the lower one looks across it, and less
    // of it in shadow, where the sun's glint is gone too.
    vec3 mirror = uFogColor * (0.16 + 0.3 * puddle) * (0.2 + 0.8 * fresnel) * mix(0.32, 1.0, sunlight) * open;
    color = asphalt + mirror + uSunColor * glint * (0.6 + 2.0 * puddle) * sunlight + ring * 0.12 * uFogColor;
  } else {
    vec3 snow = vec3(0.86, 0.89, 0.94) * (0.9 + 0.1 * n) * (1.0 - 0.05 * seam);
    color = snow * (uAmbient * open + uSunColor * max(uSunDir.y, 0.0) * 0.62 * sunlight);
  }
  // Distance per fragment: the plane's two huge triangles would interpolate it badly.
  gl_FragColor = vec4(fogged(color, distance(vWorld, cameraPosition)), 1.0);
  #include <colorspace_fragment>
}
