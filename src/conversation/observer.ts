/**
 * What the engine reports about each turn, for metrics. Counts and timings only: no text, no ids.
 */
import type { ChannelName } from '../messages/index.ts';

export interface TurnReport {
  readonly channel: ChannelName;
  /** The composer, or what stopped the turn: duplicate, rate_limited, too_long, error. */
  readonly outcome: string;
  readonly seconds: number;
}

export interface EngineObserver {
  onTurn?(report: TurnReport): void;
  onSafetyEvent?(event: {
    readonly categories: readonly string[];
    readonly channel: ChannelName;
  }): void;
}
