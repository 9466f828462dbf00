import { stageWith } from '../staging';
import { createBeachDirector } from './beach-director';
import { BeachView } from './BeachView';

export { beachConfig as config } from './config';
export const stage = stageWith(createBeachDirector, BeachView);
