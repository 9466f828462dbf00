// Decay of painted surfaces, driven by uDecay (0 pristine, 1 ruined). Inserted after
// <color_fragment> of a lit material, so lights and fog still apply. Needs vDecayWorld and
// vDecayNormal from the vertex stage, and uDecayNoise (R grime, G cracks, B stains, A wear).
{
  vec3 n = abs(vDecayNormal);
  vec2 p = n.x > 0.5 ? vDecayWorld.zy : (n.y > 0.5 ? vDecayWorld.xz : vDecayWorld.xy);
  vec4 fine = texture2D(uDecayNoise, p * 0.45);
  vec4 broad = texture2D(uDecayNoise, p * 0.11 + vec2(0.37, 0.71));
  float d = clamp(uDecay, 0.0, 1.0);
  vec3 paint = diffuseColor.rgb;

  // Paint worn through to the plaster (or wood) beneath.
  float wearField = fine.a * 0.45 + broad.a * 0.55;
  float worn = smoothstep(0.16 + 0.3 * d, 0.13 + 0.3 * d, wearField) * (0.35 + 0.65 * d);
  paint = mix(paint, uUnderlay, worn);

  // Grime: darker low on the walls and into the corners, deeper with decay.
  float low = 1.0 - smoothstep(0.0, 1.1, vDecayWorld.y - uFloorY);
  float grime = (fine.r * 0.5 + broad.r * 0.5) * (0.55 + 0.45 * low);
  paint *= 1.0 - d * 0.55 * grime;

  // Water stains: tea-coloured blotches with darker rims, spreading with decay.
  float stainEdge = 0.72 - 0.42 * d * uStains;
  float stain = smoothstep(stainEdge, stainEdge + 0.05, broad.b);
  float rim = stain - smoothstep(stainEdge + 0.05, stainEdge + 0.12, broad.b);
  paint = mix(paint, paint * vec3(0.78, 0.68, 0.48), stain * 0.65 * uStains);
  paint *= 1.0 - rim * 0.35 * uStains;

  // Cracks: thin dark lines that open up region by region as the decay deepens.
  float region = smoothstep(1.0 - d, 1.05 - d, broad.g * 0.6 + fine.r * 0.4);
  float crack = 1.0 - smoothstep(0.0, 0.03 + 0.05 * d, fine.g);
  paint *= 1.0 - 0.8 * crack * region * uCracks;

  diffuseColor.rgb = paint;
}
