export type { ChannelName, InboundMessage } from './inbound-message.ts';
export { CHANNEL_NAMES } from './inbound-message.ts';
export type {
  Choice,
  ChoicesPart,
  ComposerKind,
  FilePart,
  Reply,
  ReplyPart,
  Resource,
  ResourcesPart,
  TextPart,
  VersePart,
} from './reply.ts';
