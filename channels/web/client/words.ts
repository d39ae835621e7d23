/**
 * Everything the widget itself says (the replies come from the server). People may open this
 * widget on a hard day: errors are written to reassure, never to blame, and always say what
 * happens next.
 */
import type { WidgetErrorCode } from '../protocol.ts';

export const WORDS = {
  launcherOpen: 'Talk with Sarathi',
  launcherLabel: (title: string) => `Open chat: ${title}`,
  close: 'Close chat',
  startOver: 'Start over',
  startOverLabel: 'Start over: clear this conversation',
  subtitle: 'Verses from the Bhagavad Gita for what you are carrying',
  conversation: 'Conversation',
  inputLabel: 'Your message',
  placeholder: 'Share what is on your mind…',
  send: 'Send',
  you: 'You said:',
  sarathi: 'Sarathi said:',
  welcome:
    'Namaste. I am Sarathi, a companion for reflecting with the Bhagavad Gita. Tell me what is on your mind, in your own words.',
  notTherapist:
    'I am not a counsellor or an emergency service. If you are in danger, please contact local emergency services or someone you trust.',
  typing: 'Sarathi is reflecting on your words…',
  suggestions: 'Suggested replies',
  verse: (ref: string) => `Bhagavad Gita ${ref}`,
  transliteration: 'Transliteration',
  resourcesHeading: 'People you can reach right now',
  call: (phone: string) => `Call ${phone}`,
  text: (sms: string) => `Text ${sms}`,
  website: 'Visit website',
  international: 'International',
  download: (name: string) => `Download ${name}`,
  cleared: 'We are starting afresh. The earlier conversation has been cleared from this browser.',
  received: 'Your message reached me.',
  notSent: 'This message was not sent.',
  sendAgain: 'Send again',
  tryAgain: 'Try again',
  offline:
    'The connection seems to have dropped. Your message is safe here, and I will send it as soon as we are connected again.',
  retrying: 'Trying again…',
} as const;

/** What to say for each refusal, in our own gentle words (never the raw server message). */
export const ERROR_WORDS: Record<WidgetErrorCode, string> = {
  rate_limited:
    'Let us pause for a moment. You have sent several messages quickly; take a breath, and I will be ready again shortly.',
  unavailable:
    'I cannot answer just now. Nothing is wrong on your side. Please try again in a moment.',
  unauthorized:
    'I cannot answer just now. Nothing is wrong on your side. Please try again in a moment.',
  bad_request:
    'I could not read that message. Could you try saying it again, perhaps a little differently?',
  forbidden_origin:
    'This conversation is not available on this website yet. Nothing is wrong on your side.',
};
