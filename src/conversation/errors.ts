import type { ChannelName } from '../messages/index.ts';

/** Ids that locate a turn in logs; never the message text. */
export interface TurnIds {
  readonly channel: ChannelName;
  readonly userId?: string;
  readonly dedupeKey?: string;
}

/** A step failed; the original error is the `cause`. */
export class TurnError extends Error {
  readonly step: string;
  readonly ids: TurnIds;

  constructor(step: string, ids: TurnIds, options: { cause: unknown }) {
    super(`conversation step "${step}" failed`, options);
    this.name = 'TurnError';
    this.step = step;
    this.ids = ids;
  }
}
