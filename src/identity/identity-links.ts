/**
 * Consented identity linking. A person asks for a code on one channel (`issue`) and enters it
 * on another (`link`): the identity that entered it moves to the code's owner. Nothing is ever
 * merged by guessing. The first `link` call is a dry run that says what would happen, so the
 * person can be told before anything changes; the confirmation does it atomically.
 */
import type { ChannelName } from '../messages/index.ts';
import type { LinkOutcome, LinkStore, UserId } from '../stores/index.ts';
import { hashLinkCode, LINK_RULES, newLinkCode, normalizeLinkCode } from './link-codes.ts';

export type IssueResult =
  | { readonly kind: 'issued'; readonly code: string; readonly expiresAt: Date }
  | { readonly kind: 'rate-limited' };

export type LinkResult =
  | LinkOutcome
  | { readonly kind: 'malformed' }
  /** Too many wrong codes lately: nothing was checked. */
  | { readonly kind: 'too-many-attempts' };

export interface LinkRequest {
  readonly typedCode: string;
  /** The person entering the code, as they are now. */
  readonly userId: UserId;
  readonly channel: ChannelName;
  readonly channelUserId: string;
  readonly now: Date;
  /** False: only say what would happen. True: do it. */
  readonly confirm: boolean;
}

export interface IdentityLinks {
  issue(userId: UserId, now: Date): Promise<IssueResult>;
  link(request: LinkRequest): Promise<LinkResult>;
}

const FAILURES: ReadonlySet<LinkResult['kind']> = new Set([
  'malformed',
  'unknown',
  'expired',
  'used',
]);

export function createIdentityLinks(deps: {
  readonly store: LinkStore;
  /** Tests pass a fixed code; production draws a random one. */
  readonly newCode?: () => string;
}): IdentityLinks {
  const { store } = deps;
  const draw = deps.newCode ?? newLinkCode;

  return {
    async issue(userId, now) {
      const code = draw();
      const expiresAt = new Date(now.getTime() + LINK_RULES.ttlMs);
      const issued = await store.issue({
        userId,
        codeHash: hashLinkCode(code),
        now,
        expiresAt,
        maxPerWindow: LINK_RULES.maxCodesPerWindow,
        windowStart: new Date(now.getTime() - LINK_RULES.codeWindowMs),
      });
      return issued ? { kind: 'issued', code, expiresAt } : { kind: 'rate-limited' };
    },

    async link(request) {
      const since = new Date(request.now.getTime() - LINK_RULES.failureWindowMs);
      if ((await store.failedAttemptsSince(request.userId, since)) >= LINK_RULES.maxFailures) {
        return { kind: 'too-many-attempts' };
      }
      const code = normalizeLinkCode(request.typedCode);
      const result: LinkResult =
        code === undefined
          ? { kind: 'malformed' }
          : await store.link({
              codeHash: hashLinkCode(code),
              channel: request.channel,
              channelUserId: request.channelUserId,
              now: request.now,
              dryRun: !request.confirm,
            });
      if (FAILURES.has(result.kind)) await store.recordFailedAttempt(request.userId, request.now);
      return result;
    },
  };
}
