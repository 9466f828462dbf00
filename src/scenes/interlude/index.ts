export { interludeConfig as config } from './config';
export { stageInterlude as stage } from './stage';
