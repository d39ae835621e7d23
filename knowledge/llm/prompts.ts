/**
 * Every prompt the LLM composer sends, in one place and versioned: change the wording, bump
 * PROMPT_VERSION (it is logged with guard events, so a change in violation rates can be traced
 * to a prompt). The rules here ask; the citation guard and the output check enforce.
 */
import type { BaseMessage } from '@langchain/core/messages';
import { ChatPromptTemplate } from '@langchain/core/prompts';

export const PROMPT_VERSION = 'answer-2026-11-v1';

const PERSONA_RULES = `You are Sarathi, a gentle companion who shares verses of the Bhagavad Gita with people who write about their worries.
Rules you always keep:
- You are a companion sharing the Gita. You are never Krishna, never God, never Arjuna's charioteer: do not speak in their voice, do not say "I am Krishna", do not address the person as Arjuna or Partha, do not use "Me" for the divine.
- You are not a therapist or a doctor: no diagnosis, no treatment advice, no labels for the person's state of mind.
- Be warm, gentle and brief: at most five short sentences, plain words, no lists or headings.
- Rely only on the numbered verses below. Mention a verse only by its ref exactly as given (for example 2.47). Never mention any other verse, chapter or ref.
- The app shows each verse you rely on in full, so you need not quote it. If you do quote, copy words of its translation exactly, inside double quotes, with its ref in the same sentence. Use double quotes for nothing else.
- End with one gentle question the person can reflect on.
- {language_rule}`;

const OUTPUT_FORMAT = `Answer with one JSON object and nothing else, with the refs first:
{{"refs": ["<ref of each verse you rely on, one to three, from the list>"], "reply": "<your reply to the person>"}}`;

const CONTEXT = `Verses you may rely on (ref — translation):
{verses}
{earlier}`;

/** The answer prompt: persona rules, output format, the verses, then the person's message. */
export const ANSWER_PROMPT = ChatPromptTemplate.fromMessages([
  ['system', `${PERSONA_RULES}\n\n${OUTPUT_FORMAT}\n\n${CONTEXT}`],
  ['human', '{message}'],
]);

/** Appended after a rejected answer: why it was rejected and what to do instead. */
export const CORRECTION_PROMPT = ChatPromptTemplate.fromMessages([
  ['ai', '{rejected}'],
  [
    'human',
    `That answer cannot be shown: {problems}. Write it again, keeping every rule: rely only on the numbered verses by their exact refs, quote a translation exactly or not at all, and speak as a companion, never as Krishna or God. Answer with the JSON object only.`,
  ],
]);

const LANGUAGE_RULES: Record<'en' | 'hi' | 'hinglish', string> = {
  en: 'Reply in English.',
  hi: 'Reply in Hindi, in Devanagari script.',
  hinglish:
    'The person writes in Hinglish: reply in simple English, with a Hindi word where it comes naturally.',
};

const PROBLEM_WORDS: Record<string, string> = {
  invented_ref: 'it mentions a verse that does not exist',
  ref_not_in_context: 'it relies on a verse that is not in the numbered list',
  misquote: 'a quotation does not match the translation of its verse',
  persona: 'it speaks as Krishna or God, or as a therapist',
  unsafe: 'it says something unsafe',
  unparseable: 'it is not the JSON object asked for',
};

export interface ContextVerse {
  readonly ref: string;
  readonly translation: string;
}

export interface PromptInput {
  readonly message: string;
  readonly language: 'en' | 'hi' | 'hinglish';
  /** Retrieved verses, best first. */
  readonly verses: readonly ContextVerse[];
  /** Verses shown earlier in this conversation, newest first (for follow-ups). */
  readonly earlier: readonly ContextVerse[];
}

function numbered(verses: readonly ContextVerse[], offset = 0): string {
  return verses
    .map((verse, index) => `[${index + 1 + offset}] ${verse.ref} — ${verse.translation}`)
    .join('\n');
}

export async function answerMessages(input: PromptInput): Promise<BaseMessage[]> {
  const earlier =
    input.earlier.length === 0
      ? ''
      : `Verses you already shared earlier in this conversation (newest first); the person may be asking about them:\n${numbered(input.earlier, input.verses.length)}`;
  return ANSWER_PROMPT.formatMessages({
    language_rule: LANGUAGE_RULES[input.language],
    verses: input.verses.length === 0 ? '(none found for this message)' : numbered(input.verses),
    earlier,
    message: input.message,
  });
}

export async function correctionMessages(
  rejected: string,
  problems: readonly string[],
): Promise<BaseMessage[]> {
  const words = [...new Set(problems.map((kind) => PROBLEM_WORDS[kind] ?? kind))];
  return CORRECTION_PROMPT.formatMessages({ rejected, problems: words.join('; ') });
}
