/**
 * Sarathi's own words around the verses, in English and Hindi. Hinglish messages are answered
 * in simple English (ARCHITECTURE.md, "Crisis replies: region and language" sets the same rule
 * for every reply). Sarathi shares the Gita; it never speaks as Krishna and never diagnoses.
 */
export type ReplyLanguage = 'en' | 'hi' | 'hinglish';

export type WordingLanguage = 'en' | 'hi';

export function wordingLanguage(language: ReplyLanguage): WordingLanguage {
  return language === 'hi' ? 'hi' : 'en';
}

export const VERSE_LEAD_INS: Record<WordingLanguage, readonly string[]> = {
  en: [
    'Here is a verse that may speak to this:',
    'The Gita has words for moments like this:',
    'Perhaps this verse can keep you company:',
    'Sit with this verse for a moment:',
  ],
  hi: [
    'यह श्लोक शायद इस बात से जुड़ता है:',
    'ऐसे समय के लिए गीता में ये शब्द हैं:',
    'इस श्लोक के साथ कुछ पल बैठिए:',
  ],
};

export const ANOTHER_VERSE_LEAD_INS: Record<WordingLanguage, readonly string[]> = {
  en: ['Here is another verse on the same thread:', 'One more, along the same path:'],
  hi: ['इसी बात पर एक और श्लोक:', 'इसी राह पर एक और श्लोक:'],
};

export const GENERAL_REFLECTIONS: Record<WordingLanguage, readonly string[]> = {
  en: [
    'Which line stays with you, and why do you think it does?',
    'What is one small thing you could do today in the spirit of this verse?',
    'If a friend carried what you carry, what would you want them to hear?',
  ],
  hi: [
    'इसमें से कौन-सी पंक्ति आपके मन में ठहरती है, और क्यों?',
    'आज इस श्लोक की भावना में आप कौन-सा एक छोटा कदम उठा सकते हैं?',
  ],
};

export const NOTHING_FOUND: Record<WordingLanguage, readonly string[]> = {
  en: [
    "I want to understand you better. Could you tell me a little more about what's on your mind?",
  ],
  hi: ['मैं आपको ठीक से समझना चाहता हूँ। क्या आप थोड़ा और बता सकते हैं कि मन में क्या चल रहा है?'],
};

export const CHOICE_LABELS: Record<WordingLanguage, { another: string; help: string }> = {
  en: { another: 'Another verse', help: 'What can you do?' },
  hi: { another: 'एक और श्लोक', help: 'आप क्या कर सकते हैं?' },
};

/** Payloads the engine understands when a quick reply is tapped. */
export const ACTIONS = { anotherVerse: 'another-verse', help: '/help' } as const;

export function noSuchChapter(
  language: WordingLanguage,
  chapter: number,
  chapterCount: number,
): string {
  return language === 'hi'
    ? `गीता में ${chapterCount} अध्याय हैं, इसलिए अध्याय ${chapter} नहीं मिल सकता। कोई संदर्भ जैसे 2.47 भेजिए।`
    : `The Gita has ${chapterCount} chapters, so there is no chapter ${chapter}. Try a reference such as 2.47.`;
}

export function noSuchVerse(
  language: WordingLanguage,
  chapter: number,
  verse: number,
  versesInChapter: number,
): string {
  return language === 'hi'
    ? `अध्याय ${chapter} में ${versesInChapter} श्लोक हैं (${chapter}.1 से ${chapter}.${versesInChapter}), इसलिए ${chapter}.${verse} नाम का कोई श्लोक नहीं है।`
    : `Chapter ${chapter} has ${versesInChapter} verses (${chapter}.1 to ${chapter}.${versesInChapter}), so there is no verse ${chapter}.${verse}. I only share verses that are really in the Gita.`;
}

export const VERSE_LOOKUP_LEAD_IN: Record<WordingLanguage, (ref: string) => string> = {
  en: (ref) => `Bhagavad Gita ${ref}:`,
  hi: (ref) => `भगवद्गीता ${ref}:`,
};
