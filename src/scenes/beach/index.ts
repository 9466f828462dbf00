export { beachConfig as config } from './config';
export { stageBeach as stage } from './stage';
