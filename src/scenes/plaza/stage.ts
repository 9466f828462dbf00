import type { SceneStaging } from '../types';
import { createPlazaDirector } from './plaza-director';
import { PlazaView } from './PlazaView';

/** One staging of the plaza: its director (the weather under the player), and its view. */
export const stagePlaza = (): SceneStaging => ({ director: createPlazaDirector(), View: PlazaView });
