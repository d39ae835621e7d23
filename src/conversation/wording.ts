/**
 * What Sarathi says about itself, in our own words (English and Hindi). It is a companion that
 * shares the Gita: not Krishna, not God, not a therapist.
 */
import type { ReplyLanguage } from './turn.ts';

type Wording = 'en' | 'hi';

export function wordingFor(language: ReplyLanguage | undefined): Wording {
  return language === 'hi' ? 'hi' : 'en';
}

export const WELCOME: Record<Wording, string> = {
  en: [
    "Namaste, I'm Sarathi, a companion who shares verses from the Bhagavad Gita with you.",
    "I'm not Krishna and not a therapist: I listen, and I offer verses that are really in the Gita, quoted exactly.",
    "What I keep: an id for this chat and which verses I've shown you (so I don't repeat myself), for 30 days. I don't store the words of our conversation; reflections you keep with /reflect are locked with a key that is yours alone. /privacy shows what is kept; /export gives you a copy; /delete erases it.",
    'Tell me what is on your mind, or send /help to see what I can do.',
  ].join('\n\n'),
  hi: [
    'नमस्ते, मैं सारथी हूँ — एक साथी जो आपके साथ भगवद्गीता के श्लोक साझा करता है।',
    'मैं कृष्ण नहीं हूँ और न ही कोई थेरेपिस्ट: मैं सुनता हूँ, और गीता के असली श्लोक ज्यों के त्यों आपके सामने रखता हूँ।',
    'मैं क्या रखता हूँ: इस चैट की एक पहचान और कौन-से श्लोक आपको दिखाए गए (ताकि दोहराऊँ नहीं), 30 दिन तक। बातचीत के आपके शब्द मैं सहेजता नहीं; /reflect से रखे गए आपके विचार ऐसी चाबी से बंद रहते हैं जो सिर्फ़ आपकी है। /privacy से देखिए क्या रखा है; /export से उसकी प्रति लीजिए; /delete से सब मिटाइए।',
    'जो मन में है, बताइए — या /help भेजिए।',
  ].join('\n\n'),
};

/**
 * When an LLM provider is configured, the person is told plainly that their message goes there.
 * `provider` is the host answers are made with ("api.openai.com", or a local server's address).
 */
const PROVIDER_NOTE: Record<Wording, (provider: string) => string> = {
  en: (provider) =>
    `To word my answers, your message and the verses found for it are sent to a language model at ${provider}. Verses themselves always come from the verified Gita text, never from the model.`,
  hi: (provider) =>
    `जवाब के शब्द बनाने के लिए आपका संदेश और उससे जुड़े श्लोक ${provider} पर एक भाषा-मॉडल को भेजे जाते हैं। श्लोक हमेशा सत्यापित गीता पाठ से ही आते हैं, मॉडल से कभी नहीं।`,
};

export function welcomeText(language: Wording, provider: string | undefined): string {
  if (provider === undefined) return WELCOME[language];
  const paragraphs = WELCOME[language].split('\n\n');
  // Before the closing invitation, so the last thing read is still "tell me".
  paragraphs.splice(paragraphs.length - 1, 0, PROVIDER_NOTE[language](provider));
  return paragraphs.join('\n\n');
}

export function privacyText(language: Wording, provider: string | undefined): string {
  if (provider === undefined) return PRIVACY[language];
  const lines = PRIVACY[language].split('\n');
  // The last line says no model sees the words; with a provider configured, that is replaced.
  lines[lines.length - 1] = PRIVACY_WITH_PROVIDER[language](provider);
  return lines.join('\n');
}

const PRIVACY_WITH_PROVIDER: Record<Wording, (provider: string) => string> = {
  en: (provider) =>
    `${PROVIDER_NOTE.en(provider)} That provider's own terms apply to what it receives; no id of yours is sent with it. Your messaging app (Telegram, WhatsApp, Teams) also carries your words.`,
  hi: (provider) =>
    `${PROVIDER_NOTE.hi(provider)} उस सेवा के अपने नियम उस पर लागू होते हैं जो उसे मिलता है; आपकी कोई पहचान साथ नहीं भेजी जाती। आपका मैसेजिंग ऐप (Telegram, WhatsApp, Teams) भी आपके शब्द ले जाता है।`,
};

export const HELP: Record<Wording, string> = {
  en: [
    'Write to me in your own words — about exams, work, family, grief, anger, anything — in English, Hindi or Hinglish, and I will share verses that speak to it.',
    '/verse 2.47 — show a verse by its reference (also "BG 2:47" or "chapter 2 verse 47")',
    '"another verse" — one more on the same thread',
    '/reflect <your words> — keep a reflection, locked so only you can read it',
    '/reflections — read your recent reflections',
    "/journey — a few days' journey: a verse, a few words and a small practice each day",
    '/link — carry your journey to another app you use with me (Telegram, web…)',
    "/remind 07:30 — a gentle message every day at that time on your clock: your journey's day, or a verse (/remind off to stop)",
    '/timezone Asia/Kolkata — your time zone, for reminders',
    '/quiet 22:00-07:00 — hours when no reminder is sent (/quiet off)',
    '/stop — no more reminders or messages unless you write first',
    '/privacy — what I keep and why',
    '/export — a file with everything I keep about you',
    '/delete — erase everything I keep about you',
    '/help — this list',
    'If you are in danger or thinking of ending your life, tell me: I will share people you can reach right now.',
  ].join('\n'),
  hi: [
    'अपने शब्दों में लिखिए — परीक्षा, काम, परिवार, शोक, क्रोध, कुछ भी — हिंदी, अंग्रेज़ी या हिंग्लिश में, और मैं उससे जुड़े श्लोक साझा करूँगा।',
    '/verse 2.47 — संदर्भ से श्लोक देखें',
    '"एक और श्लोक" — इसी बात पर एक और',
    '/reflect <आपके शब्द> — अपना विचार सहेजें, ताला लगाकर, जिसे सिर्फ़ आप पढ़ सकें',
    '/reflections — अपने हाल के विचार पढ़ें',
    '/journey — कुछ दिनों की यात्रा: हर दिन एक श्लोक, कुछ शब्द और एक छोटा अभ्यास',
    '/link — अपनी यात्रा को दूसरे ऐप पर ले जाएँ जहाँ आप मुझसे बात करते हैं (Telegram, वेब…)',
    '/remind 07:30 — हर दिन आपकी घड़ी के उस समय एक संदेश: आपकी यात्रा का दिन, या एक श्लोक (/remind off से बंद)',
    '/timezone Asia/Kolkata — आपका समय-क्षेत्र, याद दिलाने के लिए',
    '/quiet 22:00-07:00 — वे घंटे जब कोई संदेश नहीं आएगा (/quiet off)',
    '/stop — जब तक आप न लिखें, कोई संदेश नहीं',
    '/privacy — मैं क्या रखता हूँ और क्यों',
    '/export — आपके बारे में रखी हर चीज़ की एक फ़ाइल',
    '/delete — आपके बारे में रखा सब कुछ मिटाएँ',
    '/help — यह सूची',
    'अगर आप खतरे में हैं या जीवन खत्म करने का सोच रहे हैं, तो मुझे बताइए: मैं ऐसे लोगों के नंबर दूँगा जिनसे आप अभी बात कर सकते हैं।',
  ].join('\n'),
};

export const PRIVACY: Record<Wording, string> = {
  en: [
    'What Sarathi keeps, and why:',
    '• An id for you on each channel you use, so a conversation can continue.',
    '• For each message: when it arrived and, for answers, which verses were shown — so I can offer "another verse" without repeating. Kept for 30 days.',
    '• The ids of delivered messages for a few days, so a message is never answered twice.',
    '• Reflections you keep with /reflect. Each one is locked (encrypted) with a key made just for you, before it is stored. Only you can read them back, with /reflections. The people who run this server cannot read them, and the text is never stored in the open.',
    '• A short log of actions on your data (a reflection kept, an export, a deletion): which record and when, never what it says.',
    '• If you take a journey: which one, when you started or paused it, and which days you completed — until you delete it.',
    '• While you link two apps: the one-time code, stored only as a hash, for a day at most.',
    '• If you ask for reminders: the time, your time zone and quiet hours, which verses of the day you have been sent, and which days a reminder went out — until you turn them off or delete.',
    'What I do not keep: the words of our conversation. Logs never contain what you write.',
    '/export sends you a file with all of it. /delete erases it: your key is destroyed first, so your reflections can never be read again by anyone, then everything else is removed.',
    'Answers are made on this server from the verified Gita corpus; no language model or other outside service sees your words, beyond the messaging app you use to reach me (Telegram, WhatsApp, Teams), which carries them.',
  ].join('\n'),
  hi: [
    'सारथी क्या रखता है, और क्यों:',
    '• हर चैनल पर आपकी एक पहचान, ताकि बातचीत आगे चल सके।',
    '• हर संदेश के लिए: वह कब आया और जवाब में कौन-से श्लोक दिखाए गए — ताकि "एक और श्लोक" में दोहराव न हो। 30 दिन तक।',
    '• पहुँचे हुए संदेशों की पहचान कुछ दिनों तक, ताकि किसी संदेश का जवाब दो बार न जाए।',
    '• /reflect से रखे गए आपके विचार। हर विचार सहेजने से पहले सिर्फ़ आपके लिए बनी चाबी से बंद (एन्क्रिप्ट) किया जाता है। उन्हें सिर्फ़ आप /reflections से पढ़ सकते हैं। इस सर्वर को चलाने वाले भी उन्हें नहीं पढ़ सकते, और पाठ कभी खुले में नहीं रखा जाता।',
    '• आपके डेटा पर हुए कामों का छोटा लेखा (विचार रखा गया, निर्यात, मिटाना): कौन-सा रिकॉर्ड और कब — उसमें क्या लिखा है, कभी नहीं।',
    '• अगर आप कोई यात्रा करते हैं: कौन-सी, कब शुरू की या रोकी, और कौन-से दिन पूरे किए — जब तक आप उसे मिटा न दें।',
    '• दो ऐप जोड़ते समय: एक बार का कोड, केवल हैश के रूप में, अधिकतम एक दिन।',
    '• अगर आप याद दिलाना चुनते हैं: समय, आपका समय-क्षेत्र और शांत घंटे, कौन-से दिन के श्लोक भेजे गए, और किन दिनों संदेश गया — जब तक आप उसे बंद न करें या मिटा न दें।',
    'जो मैं नहीं रखता: हमारी बातचीत के शब्द। लॉग में भी आपका लिखा हुआ नहीं होता।',
    '/export से यह सब एक फ़ाइल में मिलता है। /delete से सब मिटता है: पहले आपकी चाबी नष्ट की जाती है, ताकि आपके विचार फिर कभी कोई न पढ़ सके, फिर बाकी सब हटाया जाता है।',
    'जवाब इसी सर्वर पर सत्यापित गीता पाठ से बनते हैं; कोई भाषा-मॉडल या अन्य बाहरी सेवा आपके शब्द नहीं देखती — सिवाय उस मैसेजिंग ऐप के (Telegram, WhatsApp, Teams) जिससे आप मुझ तक पहुँचते हैं।',
  ].join('\n'),
};

export function tooLong(language: Wording, limit: number): string {
  return language === 'hi'
    ? `यह संदेश मेरे लिए थोड़ा लंबा है (${limit} अक्षरों तक ठीक रहता है)। क्या आप इसे छोटे हिस्सों में भेज सकते हैं? मैं सुन रहा हूँ।`
    : `That's a little long for me to take in at once (up to ${limit} characters works best). Could you send it in smaller pieces? I'm listening.`;
}

export const SLOW_DOWN: Record<Wording, (seconds: number) => string> = {
  en: (seconds) =>
    `You're writing faster than I can take in. Let's pause for a breath — I'll be ready again in about ${seconds} seconds.`,
  hi: (seconds) =>
    `आप मेरी समझ से तेज़ लिख रहे हैं। एक साँस का विराम लें — लगभग ${seconds} सेकंड में मैं फिर तैयार रहूँगा।`,
};

export const VERSE_USAGE: Record<Wording, string> = {
  en: 'Send a reference after /verse, for example /verse 2.47 or /verse 18.66.',
  hi: '/verse के बाद संदर्भ भेजिए, जैसे /verse 2.47 या /verse 18.66।',
};

export const UNKNOWN_COMMAND: Record<Wording, string> = {
  en: "I don't know that command yet. Send /help to see what I can do — or just write in your own words.",
  hi: 'यह कमांड मैं अभी नहीं जानता। /help भेजिए — या बस अपने शब्दों में लिखिए।',
};

export const TROUBLE: Record<Wording, string> = {
  en: "I'm sorry — something went wrong on my side and I couldn't find verses just now. Please try again in a moment.",
  hi: 'माफ़ कीजिए — मेरी तरफ़ कुछ गड़बड़ हुई और मैं अभी श्लोक नहीं ढूँढ पाया। कृपया थोड़ी देर में फिर कोशिश कीजिए।',
};

export const NOTHING_SHOWN_YET: Record<Wording, string> = {
  en: "I haven't shared a verse with you yet. Tell me what's on your mind, or ask for one like /verse 2.47.",
  hi: 'मैंने अभी तक आपको कोई श्लोक नहीं दिखाया। बताइए मन में क्या है, या /verse 2.47 जैसा कोई श्लोक माँगिए।',
};

export const DELETE_ASK: Record<Wording, (code: string) => string> = {
  en: (code) =>
    `This removes you from Sarathi: your reflections (their key is destroyed, so nobody can ever read them again), your journey progress, your id on every channel you use with me and the record of verses I've shown you. It cannot be undone — /export first if you want a copy. To go ahead, send /delete ${code} (valid for about ten minutes).`,
  hi: (code) =>
    `इससे सारथी से आपके विचार (उनकी चाबी नष्ट होगी, ताकि उन्हें फिर कभी कोई न पढ़ सके), आपकी यात्रा की प्रगति, आपकी पहचान और आपको दिखाए गए श्लोकों का रिकॉर्ड हमेशा के लिए मिट जाएगा। यह वापस नहीं होगा — प्रति चाहिए तो पहले /export भेजिए। आगे बढ़ने के लिए /delete ${code} भेजिए (लगभग दस मिनट तक मान्य)।`,
};

export const DELETE_WRONG_CODE: Record<Wording, string> = {
  en: "That code doesn't match, so nothing was deleted. Send /delete to get a fresh one.",
  hi: 'यह कोड मेल नहीं खाता, इसलिए कुछ भी नहीं मिटाया गया। नया कोड पाने के लिए /delete भेजिए।',
};

export const DELETE_DONE: Record<Wording, string> = {
  en: "Done. Everything I kept about you is deleted. If you write again, we'll begin fresh. Take care of yourself.",
  hi: 'हो गया। आपके बारे में जो कुछ रखा था, सब मिटा दिया गया। फिर लिखेंगे तो नई शुरुआत होगी। अपना ख़याल रखिए।',
};

export const EMPTY_MESSAGE: Record<Wording, string> = {
  en: "I'm here whenever you want to write. What's on your mind?",
  hi: 'जब चाहें लिखिए, मैं यहीं हूँ। मन में क्या है?',
};

export const REFLECT_USAGE: Record<Wording, string> = {
  en: 'Write your reflection after /reflect, for example: /reflect Today I did my work without worrying about the result.',
  hi: '/reflect के बाद अपना विचार लिखिए, जैसे: /reflect आज मैंने फल की चिंता किए बिना अपना काम किया।',
};

export const REFLECT_SAVED: Record<Wording, string> = {
  en: 'Kept. Your reflection is locked with a key that is yours alone; only you can read it back, with /reflections.',
  hi: 'सहेज लिया। आपका विचार ऐसी चाबी से बंद है जो सिर्फ़ आपकी है; उसे सिर्फ़ आप /reflections से पढ़ सकते हैं।',
};

/** For a terminal line without a user: nothing can be kept for nobody. */
export const NEEDS_A_USER: Record<Wording, string> = {
  en: 'I can keep and show reflections only when I know who is writing. In the terminal, pass --user (or a "user" field with --jsonl).',
  hi: 'विचार मैं तभी रख और दिखा सकता हूँ जब पता हो कि कौन लिख रहा है। टर्मिनल में --user दीजिए (या --jsonl में "user")।',
};

export const NO_REFLECTIONS: Record<Wording, string> = {
  en: "You haven't kept a reflection yet. Try /reflect followed by a few words about your day.",
  hi: 'आपने अभी तक कोई विचार नहीं रखा। /reflect के बाद अपने दिन के बारे में कुछ शब्द लिखकर देखिए।',
};

export const REFLECTIONS_HEADING: Record<Wording, (count: number) => string> = {
  en: (count) =>
    count === 1
      ? 'Your reflection (only you can see it):'
      : `Your last ${count} reflections (only you can see them):`,
  hi: (count) => `आपके पिछले ${count} विचार (इन्हें सिर्फ़ आप देख सकते हैं):`,
};

export const EXPORT_READY: Record<Wording, string> = {
  en: 'Here is everything I keep about you, in one JSON file — including your reflections in readable form, so keep it somewhere safe.',
  hi: 'यह रही आपके बारे में रखी हर चीज़, एक JSON फ़ाइल में — आपके विचार भी पढ़ने लायक रूप में हैं, इसलिए इसे सुरक्षित जगह रखिए।',
};

export const NOTHING_KEPT: Record<Wording, string> = {
  en: "I don't keep anything about you yet, so there is nothing to export.",
  hi: 'अभी मैं आपके बारे में कुछ नहीं रखता, इसलिए निर्यात करने को कुछ नहीं है।',
};
