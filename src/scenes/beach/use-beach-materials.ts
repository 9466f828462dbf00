import { useEffect, useMemo } from 'react';
import type { ShaderMaterial } from 'three';
import { createGrassMaterial, createGullMaterial, createSandMaterial, createSeaMaterial, createSkyMaterial, createWhiteRoomMaterial } from '../../shaders/beach/beach-materials';
import type { BeachUniforms } from './beach-state';

export type BeachMaterials = Record<'sky' | 'sea' | 'sand' | 'grass' | 'gulls' | 'whiteRoom', ShaderMaterial>;

/** The beach's shader materials, made once per visit, sharing one set of uniforms; disposed on unmount. */
export function useBeachMaterials(uniforms: BeachUniforms): BeachMaterials {
  const materials = useMemo<BeachMaterials>(
    () => ({
      sky: createSkyMaterial(uniforms),
      sea: createSeaMaterial(uniforms),
      sand: createSandMaterial(uniforms),
      grass: createGrassMaterial(uniforms),
      gulls: createGullMaterial(uniforms),
      whiteRoom: createWhiteRoomMaterial(uniforms),
    }),
    [uniforms],
  );
  useEffect(() => () => Object.values(materials).forEach((m) => m.dispose()), [materials]);
  return materials;
}
