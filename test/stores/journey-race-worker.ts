// Run by sqlite-journeys-race.test.ts as a separate Node process: each copy opens the same
// database file and completes every day of the same enrollment, racing the other copies.
// argv: <file> <enrollmentId> <totalDays> <startAtMillis>. Prints one JSON line with what it won.
import { openStores } from '../../src/stores/index.ts';

const [file, enrollmentId, totalDays, startAt] = process.argv.slice(2);
if (!file || !enrollmentId || !totalDays || !startAt) {
  throw new Error(
    'usage: journey-race-worker.ts <file> <enrollmentId> <totalDays> <startAtMillis>',
  );
}

const stores = await openStores({ driver: 'sqlite', file });
// Spin until the shared start time so the processes really overlap.
while (Date.now() < Number(startAt));

const recorded: number[] = [];
let finished = 0;
for (let day = 1; day <= Number(totalDays); day += 1) {
  const outcome = await stores.journeys.completeDay({
    enrollmentId,
    day,
    totalDays: Number(totalDays),
    at: new Date(),
  });
  if (outcome.recorded) recorded.push(day);
  if (outcome.finished) finished += 1;
}
await stores.close();
process.stdout.write(`${JSON.stringify({ recorded, finished })}\n`);
