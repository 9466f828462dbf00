export { plazaConfig as config } from './config';
export { stagePlaza as stage } from './stage';
