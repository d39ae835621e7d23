import { canonicalTimeZone } from '../../reminders/index.ts';
import type { IdentityStore, UserStore } from '../../stores/index.ts';
import type { Step } from '../step.ts';

/** Step 2: the channel's user becomes a Sarathi user, created on first contact. */
export function identify(identities: IdentityStore, users?: UserStore): Step {
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
    // The widget sends the browser's zone: kept when the person has none (never overriding
    // their own /timezone), so /remind works without asking.
    // Checked only when it could be kept: resolving a zone through Intl is not free.
    if (
      users !== undefined &&
      user.settings.timeZone === undefined &&
      turn.message.timeZone !== undefined
    ) {
      const zone = canonicalTimeZone(turn.message.timeZone);
      if (zone !== undefined) await users.updateSettings(user.id, { timeZone: zone });
    }
    return next();
  };
}
