import { AnimationMixer, Group, Sphere, SkinnedMesh, Vector3, type AnimationAction, type AnimationClip, type Bone, type Skeleton } from 'three';
import type { FigureGeometry } from './figure-geometry';
import type { FigureMaterials } from './figure-materials';
import type { Expression } from './part';
import { createSkeleton } from './skeleton';

/** A figure on stage: its root (place and turn it), bones, skinned meshes and clip player. */
export interface Figure {
  root: Group;
  skeleton: Skeleton;
  bones: Record<string, Bone>;
  skin: SkinnedMesh;
  meshes: SkinnedMesh[];
  mixer: AnimationMixer;
  actions: Map<string, AnimationAction>;
  /** Which clip leads now (for tools): set by whoever drives the figure. */
  clip: string;
  dispose(): void;
}

/**
 * Binds a figure's geometry to a fresh skeleton and readies its clips (all playing, at weight 0:
 * whoever drives the figure sets weights and the time). The geometry stays the caller's to dispose.
 */
export function createFigure(geometry: FigureGeometry, materials: FigureMaterials, clips: AnimationClip[]): Figure {
  const skeleton = createSkeleton(geometry.bones);
  const root = new Group();
  root.add(skeleton.bones[0]!);
  const height = geometry.bones.find((b) => b.name === 'head')!.tail.y;
  const bounds = new Sphere(new Vector3(0, height * 0.5, 0), height * 0.8);
  const make = (g: FigureGeometry['skin'], material: FigureMaterials['skin'], name: string) => {
    const mesh = new SkinnedMesh(g, material);
    mesh.name = name;
    mesh.bind(skeleton);
    // Poses reach past the bind pose's bounds; a generous fixed sphere keeps culling right.
    mesh.boundingSphere = bounds;
    root.add(mesh);
    return mesh;
  };
  const skin = make(geometry.skin, materials.skin, 'skin');
  const meshes = [skin, make(geometry.cloth, materials.cloth, 'cloth'), make(geometry.hair, materials.hair, 'hair'), make(geometry.eyes, materials.eyes, 'eyes')];
  const bones = Object.fromEntries(skeleton.bones.map((b) => [b.name, b]));
  const mixer = new AnimationMixer(root);
  const actions = new Map<string, AnimationAction>();
  for (const clip of clips) {
    const action = mixer.clipAction(clip);
    action.setEffectiveWeight(0);
    action.play();
    actions.set(clip.name, action);
  }
  return {
    root,
    skeleton,
    bones,
    skin,
    meshes,
    mixer,
    actions,
    clip: clips[0]?.name ?? '',
    dispose() {
      // The GPU side only: a remount reuses nothing, and the mixer goes with the figure.
      skeleton.dispose();
    },
  };
}

/** Sets an expression's strength (0 to 1) on the face. */
export function setExpression(figure: Figure, name: Expression, value: number): void {
  const index = figure.skin.morphTargetDictionary?.[name];
  if (index !== undefined && figure.skin.morphTargetInfluences) figure.skin.morphTargetInfluences[index] = value;
}
