/** What the nudge pipeline reports for metrics; labels are channels and outcomes, never ids. */
export type NudgeOutcomeKind =
  | 'sent'
  | 'skipped_late'
  | 'skipped_quiet'
  | 'skipped_already'
  | 'skipped_no_address'
  | 'skipped_off'
  | 'retried'
  | 'failed'
  | 'possible_duplicate';

export interface NudgeObserver {
  onScheduled?(): void;
  onCancelled?(): void;
  /** `channel` is "none" when no channel was chosen yet (late, quiet, nowhere to send). */
  onOutcome?(channel: string, outcome: NudgeOutcomeKind): void;
}
