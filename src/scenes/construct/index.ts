import type { SceneStaging } from '../types';
import { ConstructView } from './ConstructView';

export { constructConfig as config } from './config';

/** The construct has no logic of its own: its staging is its view. */
export const stage = (): SceneStaging => ({ View: ConstructView });
