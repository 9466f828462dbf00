import type { Material, Mesh, Object3D } from 'three';

/** After the world and the teleport arc (9000), before the comfort fade and vignette (10000). */
const PANEL_ORDER = 9_500;

/** Marks a mesh of the panel as a button face: drawn over the panel's back, under every text. */
export const BUTTON_LAYER = { panelLayer: 1 };

/**
 * The panel is read whatever stands between it and the eyes (Smith a hand's breadth away, a
 * door frame): each of its meshes is drawn after the world without the depth test, in layers:
 * backs, then button faces, then text (drei's Text meshes carry a `text`). Cheap enough to run
 * each frame, so parts that mount later (text laid out in a worker) are covered too.
 */
export function drawOnTop(panel: Object3D): void {
  panel.traverse(layerMesh);
}

/** Module-level, so the per-frame traversal allocates nothing. */
function layerMesh(object: Object3D): void {
  const mesh = object as Mesh & { text?: unknown };
  if (!mesh.isMesh) return;
  const layer = mesh.text !== undefined ? 2 : ((mesh.userData.panelLayer as number | undefined) ?? 0);
  mesh.renderOrder = PANEL_ORDER + layer;
  if (Array.isArray(mesh.material)) mesh.material.forEach(overTheWorld);
  else overTheWorld(mesh.material);
}

function overTheWorld(material: Material): void {
  if (!material.depthTest && material.transparent) return;
  material.depthTest = false;
  material.depthWrite = false;
  // One list for all of it, ordered by renderOrder (opaque things draw before any transparent).
  material.transparent = true;
}
