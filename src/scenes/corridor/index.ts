export { corridorConfig as config } from './config';
export { CorridorView as View } from './CorridorView';
