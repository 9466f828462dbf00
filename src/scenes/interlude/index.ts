import { stageWith } from '../staging';
import { createInterludeDirector } from './interlude-director';
import { InterludeView } from './InterludeView';

export { interludeConfig as config } from './config';
export const stage = stageWith(createInterludeDirector, InterludeView);
