import { Vector3, type Object3D } from 'three';
import { createTeleport } from './teleport';
import { createHeadLocal, createOriginPose } from './xr-pose';

/** Per-frame XR things the driver and the views share: never in the store, never in React state. */
export const xrRuntime = {
  /** The <XROrigin> group: the tracking space hangs from it, so moving it moves the player. */
  origin: null as Object3D | null,
  /** The XRFrame of the frame being run, when presenting. */
  frame: null as XRFrame | null,
  originPose: createOriginPose(),
  head: createHeadLocal(),
  /** The pose the driver last wrote: anyone else moving the player (a spawn) makes the origin follow. */
  written: { position: new Vector3(Number.NaN, 0, 0), yaw: 0 },
  snap: { armed: true },
  /** Metres the tracking space is lifted above the floor (seated play), set by the driver. */
  lift: 0,
  /** The arc being aimed, if any (drawn by TeleportArcView). */
  teleport: createTeleport(),
  /**
   * The in-world panel is mounted (it is fetched the first time a session starts): until then a
   * headset shows no subtitles or captions, so the guided tour waits rather than read to nobody.
   */
  panelMounted: false,
  /** What a ray may select (the panel, action targets): a pinch aimed there is not a teleport. */
  uiTargets: [] as Object3D[],
  /**
   * What the in-world panel has laid out (for `salvage.state().xr`): its text and choices, and on
   * the guided tour its narration caption (null when none is shown).
   */
  panel: {
    text: null as string | null,
    choices: [] as string[],
    caption: null as string | null,
    /** The newest notice, on a strip under the panel. */
    notice: null as string | null,
    /** Where the panel's centre and each of its buttons are, in the tracking space (for tests). */
    position: null as TrackedPoint | null,
    buttons: [] as { label: string; position: TrackedPoint }[],
  },
  /** Where a pill held out aims (Smith's chest), in the tracking space, while one can be held out. */
  holdOut: { toward: null as TrackedPoint | null },
  /** Things in the world that make a choice when taken (Smith's glasses), by choice id, in the tracking space. */
  choiceTargets: new Map<string, TrackedPoint>(),
};

/** A point in the headset's tracking space (relative to the XR origin), metres. */
export type TrackedPoint = [number, number, number];
