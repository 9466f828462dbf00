import { ShaderMaterial, type IUniform, type ShaderMaterialParameters } from 'three';
import { COMMON_GLSL, type SharedUniforms } from './shared';

export interface PlazaMaterialOptions extends Omit<ShaderMaterialParameters, 'uniforms' | 'vertexShader' | 'fragmentShader'> {
  vertex: string;
  fragment: string;
  uniforms?: Record<string, IUniform>;
}

/**
 * A shader material that shares the plaza's clock, sun and haze. Whoever makes one disposes it.
 * The fragment shader writes linear colour; the output conversion is appended here.
 */
export function createPlazaMaterial(shared: SharedUniforms, { vertex, fragment, uniforms, ...params }: PlazaMaterialOptions): ShaderMaterial {
  return new ShaderMaterial({
    ...params,
    uniforms: { ...shared, ...uniforms },
    vertexShader: COMMON_GLSL + vertex,
    fragmentShader: COMMON_GLSL + fragment,
  });
}
