export { corridorConfig as config } from './config';
export { stageCorridor as stage } from './stage';
