import type { SceneStaging } from '../types';
import { createBeachDirector } from './beach-director';
import { BeachView } from './BeachView';

/** One staging of the beach: its director, and the view of the state it keeps. */
export function stageBeach(): SceneStaging {
  const director = createBeachDirector();
  return { director, View: () => <BeachView state={director.state} /> };
}
