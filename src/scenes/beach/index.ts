export { beachConfig as config } from './config';
export { BeachView as View } from './BeachView';
