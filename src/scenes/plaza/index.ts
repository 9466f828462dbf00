import type { SceneStaging } from '../types';
import { createPlazaDirector } from './plaza-director';
import { PlazaView } from './PlazaView';

export { plazaConfig as config } from './config';
/** The plaza's director keeps the weather under the player; its view needs no state of it. */
export const stage = (): SceneStaging => ({ director: createPlazaDirector(), View: PlazaView });
