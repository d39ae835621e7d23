import type { ChannelStateStore } from '../ports/index.ts';
import type { MongoContext } from './context.ts';
import { mongoCall } from './guard.ts';
import type { ChannelStateDoc } from './schemas/channel-state.ts';
import { retryOnDuplicate } from './transaction.ts';
import { validDate } from './values.ts';

export function createMongoChannelStateStore({ models, state }: MongoContext): ChannelStateStore {
  return {
    put: (channel, address, json, at) =>
      mongoCall(state, 'channelState', 'put', async () => {
        JSON.parse(json); // only documents are stored; a caller bug fails here, loudly
        validDate(at);
        // Two first writes racing on the unique index: the loser retries as an update.
        await retryOnDuplicate(() =>
          models.channelState.updateOne(
            { channel, address },
            { $set: { json, updatedAt: at } },
            { upsert: true },
          ),
        );
      }),
    get: (channel, address) =>
      mongoCall(state, 'channelState', 'get', async () => {
        const doc = await models.channelState.findOne({ channel, address }).lean<ChannelStateDoc>();
        return doc === null ? undefined : String(doc.json);
      }),
  };
}
