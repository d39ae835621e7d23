import type { IdentityStore } from '../../stores/index.ts';
import type { Step } from '../step.ts';

/** Step 2: the channel's user becomes a Sarathi user, created on first contact. */
export function identify(identities: IdentityStore): Step {
  return async function identifyStep(turn, next) {
    if (turn.stateless === true) return next();
    const { channel, channelUserId, address, receivedAt } = turn.message;
    const { user, created } = await identities.findOrCreateByIdentity({
      channel,
      channelUserId,
      address,
      now: receivedAt,
    });
    turn.userId = user.id;
    turn.firstContact = created;
    turn.userRegion = user.settings.region;
    return next();
  };
}
