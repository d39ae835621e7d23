export { openApp } from './open-app.ts';
export type { App, OpenAppOptions } from './open-app.ts';
