export { createHttpApp, JSON_BODY_LIMIT } from './create-http-app.ts';
export type { HttpAppOptions } from './create-http-app.ts';
export { requireOperatorToken } from './operator-auth.ts';
export { checkReadiness } from './readiness.ts';
export type { ReadinessCheck, ReadinessReport } from './readiness.ts';
export { startServer } from './serve.ts';
export type { RunningServer, StartServerOptions } from './serve.ts';
export { buildChannels } from './build-channels.ts';
