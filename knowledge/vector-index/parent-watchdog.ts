// Preloaded into the Chroma server process (`node --import <this URL> chroma run …`) so that
// the server dies with us even when we are killed with SIGKILL and no exit handler runs.
// The Chroma CLI blocks its main thread inside the native server, so timers there never fire;
// a worker thread keeps running and checks every second whether its parent has changed
// (the orphaned server is re-parented to init or a subreaper).
const WORKER = `
const { workerData } = require('node:worker_threads');
setInterval(() => {
  if (process.ppid !== workerData.parent) process.kill(process.pid, 'SIGTERM');
}, 1000);
`;

const PRELOAD = `
import { Worker } from 'node:worker_threads';
new Worker(${JSON.stringify(WORKER)}, { eval: true, workerData: { parent: process.ppid } }).unref();
`;

export const PARENT_WATCHDOG_IMPORT = `data:text/javascript,${encodeURIComponent(PRELOAD)}`;
