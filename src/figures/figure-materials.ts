import { DoubleSide, MeshPhongMaterial, type Material } from 'three';
import { SkinMaterial } from './skin-material';

/** The few materials every figure shares: skin, cloth, hair, eyes. Made once per scene, disposed by it. */
export interface FigureMaterials {
  skin: Material;
  cloth: Material;
  hair: Material;
  eyes: Material;
  dispose(): void;
}

export function createFigureMaterials(): FigureMaterials {
  const skin = new SkinMaterial();
  const cloth = new MeshPhongMaterial({ vertexColors: true, shininess: 14, specular: '#2a2c30' });
  const hair = new MeshPhongMaterial({ vertexColors: true, shininess: 55, specular: '#5a5550', side: DoubleSide });
  const eyes = new MeshPhongMaterial({ vertexColors: true, shininess: 110, specular: '#ffffff' });
  return {
    skin,
    cloth,
    hair,
    eyes,
    dispose() {
      [skin, cloth, hair, eyes].forEach((m) => m.dispose());
    },
  };
}
