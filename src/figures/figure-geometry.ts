import { BufferGeometry, Float32BufferAttribute } from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import { BODY_TYPES, type BodyKind } from './body-types';
import { hairParts, type HairStyle } from './hair-geometry';
import { eyeParts, headSkinParts } from './head-geometry';
import { armParts, earpiecePart, legParts, neckPart } from './limb-geometry';
import type { Palette } from './palette';
import { EXPRESSIONS, type Part } from './part';
import { boneSpecs, jointsOf, type BoneSpec } from './skeleton';
import { weighPart } from './skin-weights';
import { torsoParts, type Outfit } from './torso-geometry';

export interface FigureSpec {
  body: BodyKind;
  palette: Palette;
  outfit: Outfit;
  hair: HairStyle;
  earpiece?: boolean;
}

/** A figure's geometry, one skinned geometry per material, and the bones they follow. */
export interface FigureGeometry {
  bones: BoneSpec[];
  skin: BufferGeometry;
  cloth: BufferGeometry;
  hair: BufferGeometry;
  eyes: BufferGeometry;
}

/** Weighs each part to its bones and merges them into one geometry, morph targets included. */
function mergeParts(parts: Part[], bones: BoneSpec[], withMorphs: boolean): BufferGeometry {
  for (const part of parts) {
    weighPart(part.geometry, bones, part.bones, part.softness);
    if (part.geometry.getAttribute('normal') === undefined) part.geometry.computeVertexNormals();
  }
  const merged = mergeGeometries(parts.map((p) => p.geometry));
  if (!merged) throw new Error('Figure parts could not be merged');
  if (withMorphs) {
    // Offsets from the rest position, not whole positions.
    merged.morphTargetsRelative = true;
    merged.morphAttributes.position = EXPRESSIONS.map((name) => {
      const array = new Float32Array(merged.getAttribute('position').count * 3);
      let offset = 0;
      for (const part of parts) {
        const morph = part.morphs?.[name];
        if (morph) array.set(morph, offset);
        offset += part.geometry.getAttribute('position').count * 3;
      }
      const attribute = new Float32BufferAttribute(array, 3);
      attribute.name = name;
      return attribute;
    });
  }
  parts.forEach((p) => p.geometry.dispose());
  merged.computeBoundingSphere();
  return merged;
}

export function buildFigureGeometry(spec: FigureSpec): FigureGeometry {
  const body = BODY_TYPES[spec.body];
  const bones = boneSpecs(body);
  const j = jointsOf(body);
  const frame = { chin: j.chin, size: body.head, youth: spec.body === 'child' ? 1 : 0 };
  const arms = armParts(body, spec.palette, spec.outfit, bones);
  const cloth = [...torsoParts(body, spec.palette, spec.outfit), ...arms.cloth, ...legParts(body, spec.palette, bones)];
  if (spec.earpiece) cloth.push(earpiecePart(body));
  return {
    bones,
    skin: mergeParts([...headSkinParts(spec.palette, frame), neckPart(body, spec.palette), ...arms.skin], bones, true),
    cloth: mergeParts(cloth, bones, false),
    hair: mergeParts(hairParts(spec.palette, frame, spec.hair), bones, false),
    eyes: mergeParts(eyeParts(spec.palette, frame), bones, false),
  };
}

/**
 * One arm alone, sleeve to fingertips, on the whole figure's bones (the rest of the body is not
 * built): what a player sees of themself in first person.
 */
export function buildArmGeometry(spec: Pick<FigureSpec, 'body' | 'palette' | 'outfit'>, side: 'L' | 'R'): Pick<FigureGeometry, 'bones' | 'skin' | 'cloth'> {
  const body = BODY_TYPES[spec.body];
  const bones = boneSpecs(body);
  const arms = armParts(body, spec.palette, spec.outfit, bones);
  const ofSide = (part: Part) => part.bones.every((name) => name.endsWith(`_${side}`));
  // The skin carries the face's morph targets (all still), so that it is drawn by the same shader
  // program as every other figure's skin, compiled with the scene, not a program of its own.
  return { bones, skin: mergeParts(arms.skin.filter(ofSide), bones, true), cloth: mergeParts(arms.cloth.filter(ofSide), bones, false) };
}
