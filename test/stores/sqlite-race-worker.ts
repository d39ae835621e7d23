// Run by sqlite.test.ts as a separate Node process: each copy opens the same (possibly fresh)
// database file and races the others for the same identities and dedupe keys.
// argv: <file> <startAtMillis> <rounds>. Prints one JSON line with what this process won.
import { openStores } from '../../src/stores/index.ts';

const [file, startAt, rounds] = process.argv.slice(2);
if (file === undefined || startAt === undefined || rounds === undefined) {
  throw new Error('usage: sqlite-race-worker.ts <file> <startAtMillis> <rounds>');
}

// Spin until the shared start time so the processes really overlap.
while (Date.now() < Number(startAt));

const stores = await openStores({ driver: 'sqlite', file });
const created: string[] = [];
const firstSeen: string[] = [];
const userIds: Record<string, string> = {};
for (let i = 0; i < Number(rounds); i += 1) {
  const key = `race-${i}`;
  const result = await stores.identities.findOrCreateByIdentity({
    channel: 'telegram',
    channelUserId: key,
    address: key,
    now: new Date(),
  });
  userIds[key] = result.user.id;
  if (result.created) created.push(key);
  if (await stores.processed.markFirstSeen('telegram', key, new Date())) firstSeen.push(key);
}
await stores.close();
process.stdout.write(`${JSON.stringify({ created, firstSeen, userIds })}\n`);
