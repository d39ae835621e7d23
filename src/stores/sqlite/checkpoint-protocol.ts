/** What the checkpoint thread and its owner say to each other (see background-checkpoints.ts). */
export interface CheckpointThreadSettings {
  readonly file: string;
  readonly intervalMs: number;
  /** WAL size (frames) at which the thread asks for a quiet moment to start the WAL over. */
  readonly quietAtFrames: number;
}

export type CheckpointThreadMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'need-quiet'; readonly frames: number }
  | { readonly type: 'quiet-done'; readonly frames: number };
