import { stageWith } from '../staging';
import { createCorridorDirector } from './corridor-director';
import { CorridorView } from './CorridorView';

export { corridorConfig as config } from './config';
export const stage = stageWith(createCorridorDirector, CorridorView);
