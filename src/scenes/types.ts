import type { ComponentType } from 'react';
import type { Settings } from '../store/settings';
import type { BeatId, SceneId } from '../story/types';

export type Vec3 = readonly [number, number, number];

/** An axis-aligned box, from its centre and full size, in metres. */
export interface Box {
  center: Vec3;
  size: Vec3;
}

/** Which way the scene leads past a zone, along a world axis. */
export type Beyond = '-x' | '+x' | '-z' | '+z';

/** A trigger zone: entering and leaving its region are story events. */
export interface Zone extends Box {
  /** Namespaced by scene, as the script names it (`construct.threshold`). */
  id: string;
  /**
   * The way the scene leads through the zone: its region then reaches on without end that way
   * (within the box's other bounds), so a player who has walked past it still stands in it.
   * Every zone a `reach` trigger names says this.
   */
  beyond?: Beyond;
}

/** A place where the player can do something on purpose (open a door): E, a click or a tap. */
export interface ActionSpot extends Box {
  /** The action id the script listens for (`plaza.open-door`). */
  action: string;
  /** What the prompt says: "Open the door". */
  label: string;
  /**
   * In a headset, what a ray points at to take the deed: a door (a plane facing +Z, just proud of
   * the door and its knob) or a room seen from inside (a box just inside its walls). Without one,
   * the spot's own box, from inside.
   */
  target?: ActionTarget;
}

/** A thing to point at in a headset: a door, or a room from inside. */
export type ActionTarget = { kind: 'door'; center: Vec3; size: readonly [number, number] } | { kind: 'room'; center: Vec3; size: Vec3 };

export interface Spawn {
  /** Where the player's feet stand. */
  position: Vec3;
  /** Heading in radians; 0 looks down -Z. */
  yaw: number;
}

export interface TourStop {
  position: Vec3;
  yaw: number;
  /** Tilt of the view at the stop, radians (negative looks down); level when left out. */
  pitch?: number;
  /** Seconds to linger at the stop. */
  dwell: number;
}

/** Something worth knowing is there, for the "Describe" command: "Smith, ahead to the left". */
export interface Landmark {
  /** Its key in the scene's words (`assets/story/<lang>/<scene>.json`, `landmarks`), where it is named as a sentence would: "the door you came in by". */
  label: string;
  position: Vec3;
  /** Only once the story has shown it (the sea is not there before the white gives way). */
  after?: BeatId;
  /** Gone once the story has moved past it (the boy, after the health workers lead him away). */
  until?: BeatId;
}

/** Where a beat is meant to be seen from: a place on the floor, a heading (0 looks down -Z) and a tilt (negative looks down). */
export interface BeatView {
  position: Vec3;
  yaw: number;
  pitch?: number;
}

/** What the engine needs to know of a scene besides its view. */
export interface SceneConfig {
  id: SceneId;
  spawn: Spawn;
  /** Solid boxes the player's capsule collides with (floors included). */
  colliders: readonly Box[];
  zones: readonly Zone[];
  /** Where deliberate actions can be taken. */
  actions: readonly ActionSpot[];
  tourStops: readonly TourStop[];
  /** Clear colour and fog, so that the view never flashes black while the scene mounts. */
  background: string;
  /** What "Describe" names around the player. */
  landmarks: readonly Landmark[];
  /** Where a deep link or a jump to one of these beats arrives (others arrive at the spawn). */
  beatViews?: Readonly<Record<string, BeatView>>;
}

/**
 * A scene's logic apart from what it draws: it follows the story (turning cues into scene times,
 * placing and turning the player), and steps its state once a frame, in the frame loop's order
 * (`runFrame`), before any part of the view reads it.
 */
export interface SceneDirector {
  /** Starts following the story; returns the stop, which also undoes what the scene left behind. */
  follow(): () => void;
  /** Brings the scene's state to this frame's scene time. */
  step?(sceneSeconds: number, settings: Settings): void;
}

/** One staging of a scene (a visit): its director, where it has logic, and the view of its state. */
export interface SceneStaging {
  director?: SceneDirector;
  View: ComponentType;
}

export interface SceneModule {
  config: SceneConfig;
  /** Builds a fresh staging: called once each time the scene is staged. */
  stage(): SceneStaging;
}
