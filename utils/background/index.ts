export { defaultBackgroundDeps } from './defaults';
export { startBackground } from './startBackground';
export type { BackgroundDeps } from './types';
