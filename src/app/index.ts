export { openApp } from './open-app.ts';
export { databaseFile, storeConfigFor } from './store-config.ts';
export type { App, OpenAppOptions } from './open-app.ts';
export { RETENTION, startHousekeeping } from './housekeeping.ts';
export type { Housekeeping } from './housekeeping.ts';
