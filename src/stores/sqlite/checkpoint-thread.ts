/**
 * Body of the checkpoint thread (see background-checkpoints.ts). Its own connection copies
 * committed WAL frames into the database file every `intervalMs` (PASSIVE: it never waits for
 * a lock nor holds up a writer), so the fsyncs a checkpoint needs happen here. When the WAL has
 * grown past `quietAtFrames` — under steady writes a checkpoint can never catch up with the
 * newest commit, and SQLite starts the WAL over only once everything in it is copied — it asks
 * its owner for a quiet moment, copies the rest, and says so.
 */
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckpointThreadMessage, CheckpointThreadSettings } from './checkpoint-protocol.ts';

const settings = workerData as CheckpointThreadSettings;
const port = parentPort!;
const db = new DatabaseSync(settings.file);
const passive = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
let askedForQuiet = false;

function send(message: CheckpointThreadMessage): void {
  port.postMessage(message);
}

/** Copies what it can; returns how many frames the WAL holds. */
function checkpoint(): number {
  const result = passive.get();
  return Number(result?.['log'] ?? 0);
}

// An error thrown here ends the thread; its owner then hands checkpoints back to SQLite.
const timer = setInterval(() => {
  if (askedForQuiet) return;
  const frames = checkpoint();
  if (frames >= settings.quietAtFrames) {
    askedForQuiet = true;
    send({ type: 'need-quiet', frames });
  }
}, settings.intervalMs);

port.on('message', (message: 'quiet' | 'stop') => {
  if (message === 'quiet') {
    // No writer on the owner's connection now: this copies every frame, and the owner's next
    // transaction starts the WAL over from its beginning.
    const frames = checkpoint();
    askedForQuiet = false;
    send({ type: 'quiet-done', frames });
    return;
  }
  clearInterval(timer);
  db.close();
  port.close();
});
send({ type: 'ready' });
