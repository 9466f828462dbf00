export { interludeConfig as config } from './config';
export { InterludeView as View } from './InterludeView';
