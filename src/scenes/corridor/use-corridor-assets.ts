import { useEffect, useMemo } from 'react';
import { Color, type Texture } from 'three';
import { createDecayNoiseTexture } from '../../shaders/decay-noise';
import { DecayMaterial, type SharedUniform } from '../../shaders/decay-material';
import { HEIGHT } from './layout';

export interface CorridorMaterials {
  walls: DecayMaterial;
  ceiling: DecayMaterial;
  floor: DecayMaterial;
  doors: DecayMaterial;
  noise: Texture;
}

/** The corridor's aging materials, made once per visit and disposed when it unmounts. */
export function useCorridorMaterials(decay: SharedUniform<number>): CorridorMaterials {
  const materials = useMemo(() => {
    const noise = createDecayNoiseTexture();
    const common = { noise, decay };
    return {
      noise,
      walls: new DecayMaterial({ color: new Color('#d9dccf') }, { ...common, underlay: '#9c9886', stains: 0.2, cracks: 1 }),
      ceiling: new DecayMaterial({ color: new Color('#e4e5dc') }, { ...common, underlay: '#a8a390', stains: 1, cracks: 0.6, floorY: HEIGHT }),
      floor: new DecayMaterial({ color: new Color('#6f6e62') }, { ...common, underlay: '#4d4a3f', stains: 0.2, cracks: 0.5, floorY: -2 }),
      doors: new DecayMaterial({ color: new Color('#ffffff') }, { ...common, underlay: '#6b6452', stains: 0.15, cracks: 0.8 }),
    };
  }, [decay]);
  useEffect(
    () => () => {
      materials.noise.dispose();
      materials.walls.dispose();
      materials.ceiling.dispose();
      materials.floor.dispose();
      materials.doors.dispose();
    },
    [materials],
  );
  return materials;
}
