import { MeshLambertMaterial, type MeshLambertMaterialParameters } from 'three';

/**
 * Skin: Lambert with wrap lighting, so light bleeds a little past the terminator and the
 * shadow side stays warm (a cheap stand-in for light scattered under the skin).
 */
export class SkinMaterial extends MeshLambertMaterial {
  constructor(parameters: MeshLambertMaterialParameters = {}, wrap = 0.45) {
    super({ vertexColors: true, ...parameters });
    this.onBeforeCompile = (shader) => {
      shader.fragmentShader = shader.fragmentShader.replace(
        '#include <lights_lambert_pars_fragment>',
        `#include <lights_lambert_pars_fragment>
        void RE_Direct_Skin( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
          float ndl = dot( geometryNormal, directLight.direction );
          float wrapped = saturate( ( ndl + ${wrap.toFixed(3)} ) / ${(1 + wrap).toFixed(3)} );
          // The band just past the terminator turns warm, as light through skin does.
          vec3 scatter = vec3( 1.0, 0.55, 0.45 ) * ( wrapped - saturate( ndl ) ) * 0.6;
          vec3 irradiance = ( saturate( ndl ) + scatter ) * directLight.color;
          reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
        }
        #undef RE_Direct
        #define RE_Direct RE_Direct_Skin`,
      );
    };
  }

  override customProgramCacheKey(): string {
    return 'salvage-skin';
  }
}
