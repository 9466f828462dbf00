import type { SceneStaging } from '../types';
import { createInterludeDirector } from './interlude-director';
import { InterludeView } from './InterludeView';

/** One staging of the rescue ship and the base: its director, and the view of the state it keeps. */
export function stageInterlude(): SceneStaging {
  const director = createInterludeDirector();
  return { director, View: () => <InterludeView state={director.state} /> };
}
