/**
 * What Sarathi says back: an ordered list of parts that each channel renders natively.
 * Verse parts are always built from the verified corpus by ref, never from free text.
 */

export interface TextPart {
  readonly type: 'text';
  readonly text: string;
}

export interface VersePart {
  readonly type: 'verse';
  /** Canonical "<chapter>.<verse>" in the corpus's own numbering. */
  readonly ref: string;
  readonly sanskrit: string;
  readonly transliteration: string;
  readonly translation: string;
  readonly translator: string;
}

export interface Choice {
  /** What the button says. */
  readonly label: string;
  /** What comes back as `InboundMessage.action` when tapped. */
  readonly payload: string;
}

export interface ChoicesPart {
  readonly type: 'choices';
  readonly choices: readonly Choice[];
}

export interface Resource {
  readonly name: string;
  readonly phone?: string;
  readonly sms?: string;
  readonly url?: string;
  /** ISO region the resource serves, or "INTL". */
  readonly region: string;
  readonly hours?: string;
}

export interface ResourcesPart {
  readonly type: 'resources';
  readonly resources: readonly Resource[];
}

export interface FilePart {
  readonly type: 'file';
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

export type ReplyPart = TextPart | VersePart | ChoicesPart | ResourcesPart | FilePart;

export interface Reply {
  readonly parts: readonly ReplyPart[];
}

/** How the reply was made; carried to the JSONL contract and metrics, never shown to users. */
export type ComposerKind = 'extractive' | 'llm' | 'command' | 'safety';
