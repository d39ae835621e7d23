/**
 * What the Telegram adapter itself says, in our own words: the command menu Telegram shows next
 * to the text box, and the note for messages without text. Everything else comes from the engine.
 */

type Wording = 'en' | 'hi';

/** Telegram reports the app's language (`language_code`, e.g. "hi" or "en-GB"). */
export function wordingForLocale(locale: string | undefined): Wording {
  return locale?.toLowerCase().startsWith('hi') === true ? 'hi' : 'en';
}

export interface BotCommandEntry {
  readonly command: string;
  readonly description: string;
}

/**
 * The commands the engine understands today, in menu order. Commands later issues add
 * (/remind…) join this list when they land in the engine.
 */
export const COMMAND_MENU: Readonly<Record<Wording, readonly BotCommandEntry[]>> = {
  en: [
    { command: 'verse', description: 'Show a verse by reference, e.g. /verse 2.47' },
    { command: 'journey', description: 'A few days of verses and small practices' },
    { command: 'link', description: 'Carry your journey to another app' },
    { command: 'help', description: 'What I can do' },
    { command: 'reflect', description: 'Keep a reflection only you can read' },
    { command: 'reflections', description: 'Read your recent reflections' },
    { command: 'privacy', description: 'What I keep and why' },
    { command: 'export', description: 'A file with everything I keep about you' },
    { command: 'delete', description: 'Erase everything I keep about you' },
    { command: 'start', description: 'Begin again with a welcome' },
  ],
  hi: [
    { command: 'verse', description: 'संदर्भ से श्लोक देखें, जैसे /verse 2.47' },
    { command: 'journey', description: 'कुछ दिनों के श्लोक और छोटे अभ्यास' },
    { command: 'link', description: 'अपनी यात्रा दूसरे ऐप पर ले जाएँ' },
    { command: 'help', description: 'मैं क्या कर सकता हूँ' },
    { command: 'reflect', description: 'ऐसा विचार रखें जिसे सिर्फ़ आप पढ़ सकें' },
    { command: 'reflections', description: 'अपने हाल के विचार पढ़ें' },
    { command: 'privacy', description: 'मैं क्या रखता हूँ और क्यों' },
    { command: 'export', description: 'आपके बारे में रखी हर चीज़ की फ़ाइल' },
    { command: 'delete', description: 'आपके बारे में रखा सब कुछ मिटाएँ' },
    { command: 'start', description: 'स्वागत के साथ फिर से शुरू करें' },
  ],
};

export const TEXT_ONLY: Readonly<Record<Wording, string>> = {
  en: "I can only read text for now, so I couldn't take that in. Could you tell me in words what's on your mind?",
  hi: 'मैं अभी सिर्फ़ लिखे हुए शब्द पढ़ पाता हूँ, इसलिए यह नहीं समझ पाया। क्या आप शब्दों में बता सकते हैं कि मन में क्या है?',
};
