export { plazaConfig as config } from './config';
export { PlazaView as View } from './PlazaView';
