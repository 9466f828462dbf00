import { Color, MeshLambertMaterial, type MeshLambertMaterialParameters, type Texture } from 'three';
import decayChunk from './decay.glsl?raw';

/** A uniform several materials share, so one write ages every surface at once. */
export interface SharedUniform<T> {
  value: T;
}

export interface DecayOptions {
  noise: Texture;
  decay: SharedUniform<number>;
  /** What shows where the paint wears through. */
  underlay?: string;
  /** 0 to 1: how much water staining the surface takes (ceilings most). */
  stains?: number;
  /** 0 to 1: how much it cracks. */
  cracks?: number;
  floorY?: number;
}

/**
 * A Lambert material that ages: procedural cracks, water stains, grime and worn paint,
 * all deepening with a shared `uDecay`. Lights and fog still apply, and no post-processing is
 * needed, so it renders the same in a headset.
 */
export class DecayMaterial extends MeshLambertMaterial {
  constructor(parameters: MeshLambertMaterialParameters, { noise, decay, underlay = '#b9b5a6', stains = 0.4, cracks = 1, floorY = 0 }: DecayOptions) {
    super(parameters);
    this.onBeforeCompile = (shader) => {
      shader.uniforms.uDecay = decay;
      shader.uniforms.uDecayNoise = { value: noise };
      shader.uniforms.uUnderlay = { value: new Color(underlay) };
      shader.uniforms.uStains = { value: stains };
      shader.uniforms.uCracks = { value: cracks };
      shader.uniforms.uFloorY = { value: floorY };
      shader.vertexShader = shader.vertexShader.replace('#include <common>', '#include <common>\nvarying vec3 vDecayWorld;\nvarying vec3 vDecayNormal;').replace(
        '#include <project_vertex>',
        `#include <project_vertex>
  vec4 decayLocal = vec4(transformed, 1.0);
  vec3 decayNormal = objectNormal;
  #ifdef USE_INSTANCING
    decayLocal = instanceMatrix * decayLocal;
    decayNormal = mat3(instanceMatrix) * decayNormal;
  #endif
  vDecayWorld = (modelMatrix * decayLocal).xyz;
  vDecayNormal = normalize(mat3(modelMatrix) * decayNormal);`,
      );
      shader.fragmentShader = shader.fragmentShader
        .replace(
          '#include <common>',
          '#include <common>\nvarying vec3 vDecayWorld;\nvarying vec3 vDecayNormal;\nuniform float uDecay;\nuniform sampler2D uDecayNoise;\nuniform vec3 uUnderlay;\nuniform float uStains;\nuniform float uCracks;\nuniform float uFloorY;',
        )
        .replace('#include <color_fragment>', `#include <color_fragment>\n${decayChunk}`);
    };
    // Materials with different settings compile to the same program; only uniforms differ.
    this.customProgramCacheKey = () => 'salvage-decay';
  }
}
