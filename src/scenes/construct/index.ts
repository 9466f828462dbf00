export { constructConfig as config } from './config';
export { ConstructView as View } from './ConstructView';
