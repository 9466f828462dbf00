import {
  CustomBlending,
  DoubleSide,
  LinearFilter,
  MaxEquation,
  Mesh,
  OrthographicCamera,
  RGBAFormat,
  Scene,
  UnsignedByteType,
  Color,
  Vector2,
  WebGLRenderTarget,
  type BufferGeometry,
  type ShaderMaterial,
  type WebGLRenderer,
} from 'three';
import shadowMaskGlsl from '../../shaders/plaza/shadow-mask.glsl?raw';
import { createPlazaMaterial } from '../../shaders/plaza/material';
import type { SharedUniforms } from '../../shaders/plaza/shared';

const clearColor = new Color();

/**
 * The ground square the sun's shadows are kept for: the walkable plaza, the constant building's
 * foot and the front of the crowd. 1024 texels over 160 m: 16 cm each, enough for a person's.
 */
export const SHADOW_AREA = { center: [0, -14] as const, half: 80, texels: 1024 };

/** The uniforms a receiving shader reads: the mask and where it lies on the ground. */
export interface ShadowUniforms {
  uShadowMap: { value: WebGLRenderTarget['texture'] };
  uShadowCenter: { value: Vector2 };
  uShadowHalf: { value: number };
}

export interface SunShadow {
  uniforms: ShadowUniforms;
  /** Adds a caster: its vertex shader must call `shadowPosition(world)` (see shadow-mask.glsl). */
  addCaster(geometry: BufferGeometry, vertex: string, fragment: string): void;
  /** Redraws the mask (the city falls and rises, so every frame); cheap: flat colours, no depth. */
  render(gl: WebGLRenderer): void;
  dispose(): void;
}

/**
 * The plaza's shadows without a shadow map's depth test: every caster stands on the ground, so
 * whatever covers a ground point seen from the sun is between it and the sun. The casters are
 * projected straight onto the ground into a small colour texture, which the ground shader reads
 * once per pixel; a shadow costs one texture lookup where it falls.
 */
export function createSunShadow(shared: SharedUniforms): SunShadow {
  const target = new WebGLRenderTarget(SHADOW_AREA.texels, SHADOW_AREA.texels, {
    format: RGBAFormat,
    type: UnsignedByteType,
    magFilter: LinearFilter,
    minFilter: LinearFilter,
    depthBuffer: false,
    generateMipmaps: false,
  });
  const uniforms: ShadowUniforms = {
    uShadowMap: { value: target.texture },
    uShadowCenter: { value: new Vector2(...SHADOW_AREA.center) },
    uShadowHalf: { value: SHADOW_AREA.half },
  };
  const scene = new Scene();
  const camera = new OrthographicCamera();
  const materials: ShaderMaterial[] = [];
  return {
    uniforms,
    addCaster(geometry, vertex, fragment) {
      const material = createPlazaMaterial(shared, {
        vertex: shadowMaskGlsl + vertex,
        fragment,
        uniforms: { uShadowCenter: uniforms.uShadowCenter, uShadowHalf: uniforms.uShadowHalf },
        side: DoubleSide,
        depthTest: false,
        depthWrite: false,
        blending: CustomBlending,
        blendEquation: MaxEquation,
        blendEquationAlpha: MaxEquation,
      });
      materials.push(material);
      const mesh = new Mesh(geometry, material);
      mesh.frustumCulled = false;
      scene.add(mesh);
    },
    render(gl) {
      const previous = gl.getRenderTarget();
      const xr = gl.xr.enabled;
      // In a headset the renderer would draw the mask once per eye, into half the texture each.
      gl.xr.enabled = false;
      gl.setRenderTarget(target);
      gl.getClearColor(clearColor);
      const clearAlpha = gl.getClearAlpha();
      gl.setClearColor(0x000000, 0);
      gl.render(scene, camera);
      gl.setClearColor(clearColor, clearAlpha);
      gl.setRenderTarget(previous);
      gl.xr.enabled = xr;
    },
    dispose() {
      target.dispose();
      materials.forEach((m) => m.dispose());
    },
  };
}

export const SHADOW_RECEIVER_GLSL = /* glsl */ `
uniform sampler2D uShadowMap;
uniform vec2 uShadowCenter;
uniform float uShadowHalf;
// Red: sunlight blocked (0 to 1); green: the ground under a person's feet, kept from the sky.
vec2 groundShadow(vec2 p) {
  vec2 uv = (p - uShadowCenter) / uShadowHalf * 0.5 + 0.5;
  vec2 inside = step(vec2(0.0), uv) * step(uv, vec2(1.0));
  return texture2D(uShadowMap, uv).rg * inside.x * inside.y;
}
`;
