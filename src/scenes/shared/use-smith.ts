import { useThree } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import { CylinderGeometry, Group, Mesh, MeshBasicMaterial, type Material } from 'three';
import { cast } from '../../figures/cast';
import { createFigureMaterials } from '../../figures/figure-materials';
import { createSmithRig, type SmithRig } from '../../figures/smith';
import { usePanelOccluder } from '../../xr/panel-occluders';

export interface StagedSmith extends SmithRig {
  /** A plain body-sized stand-in the headset's panel tests against (cheaper than the skinned meshes). */
  occluder: Group;
}

/**
 * Smith for a scene: built once when the scene mounts (so his materials compile with the
 * scene's), listed in the cast while mounted, and disposed with the scene.
 */
export function useSmith(options: { cracked: boolean; lensMaterial?: Material }, onStage: () => boolean): StagedSmith {
  const get = useThree((s) => s.get);
  // Built once per mount (a scene's options never change while it stands).
  const [made] = useState(() => {
    const materials = createFigureMaterials();
    const rig = createSmithRig(materials, options);
    const occluderGeometry = new CylinderGeometry(0.24, 0.22, 1.85, 8).translate(0, 0.93, 0);
    const occluderMaterial = new MeshBasicMaterial({ visible: false });
    const occluder = new Group();
    occluder.add(new Mesh(occluderGeometry, occluderMaterial));
    rig.figure.root.add(occluder);
    return { rig: { ...rig, occluder }, materials, occluderGeometry, occluderMaterial };
  });
  const occluderRef = useRef<Group>(made.rig.occluder);
  usePanelOccluder(occluderRef);
  const stage = useRef(onStage);
  stage.current = onStage;
  useEffect(() => {
    cast.set('smith', { id: 'smith', figure: made.rig.figure, onStage: () => stage.current(), camera: () => get().camera });
    return () => {
      cast.delete('smith');
      made.rig.dispose();
      made.materials.dispose();
      made.occluderGeometry.dispose();
      made.occluderMaterial.dispose();
    };
  }, [made, get]);
  return made.rig;
}
