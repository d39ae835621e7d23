export { openApp } from './open-app.ts';
export { databaseFile, storeConfigFor } from './store-config.ts';
export type { App, OpenAppOptions } from './open-app.ts';
export { RETENTION, startHousekeeping } from './housekeeping.ts';
export type { Housekeeping } from './housekeeping.ts';
export { journeyNudgeSource } from './journey-nudges.ts';
export type { JourneyNudgeSource } from './journey-nudges.ts';
