import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { salvageStore } from '../store/app-store';
import { placePlayer, playerPose } from './pose';

/** Where a beat is meant to be seen from: a place on the floor, a heading (0 looks down -Z) and a tilt (negative looks down). */
export interface BeatView {
  position: readonly [number, number, number];
  yaw: number;
  pitch?: number;
}

/**
 * A scene's deep links to a beat (and jumps) arrive where that beat is meant to be seen, not at
 * the scene's spawn: on each fresh arrival (a new visit), if the story stands at one of `views`'
 * beats, the player is placed there once. Walking into the scene, where the story arrives at its
 * first beat, changes nothing.
 */
export function useBeatArrival(views: Readonly<Record<string, BeatView>>): void {
  const placed = useRef<number | null>(null);
  useFrame(() => {
    const { visit, story } = salvageStore.getState();
    if (placed.current === visit) return;
    placed.current = visit;
    const view = story.beat ? views[story.beat] : undefined;
    if (!view) return;
    placePlayer(playerPose, view.position, view.yaw);
    playerPose.pitch = view.pitch ?? 0;
  });
}
