import type { SceneStaging } from '../types';
import { createCorridorDirector } from './corridor-director';
import { CorridorView } from './CorridorView';

/** One staging of the corridor: its director, and the view of the state it keeps. */
export function stageCorridor(): SceneStaging {
  const director = createCorridorDirector();
  return { director, View: () => <CorridorView state={director.state} /> };
}
