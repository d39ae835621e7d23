/**
 * What Sarathi says about journeys, in our own words (English and Hindi). A companion walking
 * beside the person: warm and plain, never speaking as Krishna, never a therapist.
 */
import type { Journey, Wording } from './journey-schema.ts';

export type JourneyLanguage = 'en' | 'hi';

/**
 * Hindi when the message was detected as Hindi, or the person's (or channel's) locale is Hindi;
 * English otherwise (Hinglish readers get the plain English).
 */
export function journeyLanguageFor(
  detected: string | undefined,
  locale: string | undefined,
): JourneyLanguage {
  if (detected === 'hi') return 'hi';
  return (locale ?? '').toLowerCase().startsWith('hi') ? 'hi' : 'en';
}

/** A content field in the person's language, English when the Hindi is not written yet. */
export function say(text: Wording, language: JourneyLanguage): string {
  return language === 'hi' ? (text.hi ?? text.en) : text.en;
}

type Lines = {
  readonly dayHeading: (journey: string, day: number, total: number, title: string) => string;
  readonly reflect: (prompt: string) => string;
  readonly practice: (practice: string) => string;
  readonly markDone: (day: number) => string;
  readonly overviewChoice: string;
  readonly todayChoice: string;
  readonly pauseChoice: string;
  readonly resumeChoice: string;
  readonly stopChoice: string;
  readonly startChoice: (title: string) => string;
  readonly switchChoice: (title: string) => string;
  readonly keepChoice: (title: string) => string;
  readonly nextDayChoice: (day: number) => string;
  readonly listIntro: string;
  readonly listItem: (journey: Journey, language: JourneyLanguage) => string;
  readonly progressLine: (
    title: string,
    completed: number,
    total: number,
    percent: number,
  ) => string;
  readonly pausedNote: string;
  readonly notOnJourney: string;
  readonly unknownJourney: (id: string) => string;
  readonly started: (title: string, summary: string, total: number) => string;
  readonly alreadyOn: (title: string) => string;
  readonly busy: (current: string, completed: number, total: number, wanted: string) => string;
  readonly switched: (stopped: string) => string;
  readonly paused: (title: string, completed: number, total: number) => string;
  readonly alreadyPaused: string;
  readonly resumed: (title: string) => string;
  readonly notPaused: string;
  readonly stopped: (title: string, completed: number, total: number) => string;
  readonly pausedHint: (title: string) => string;
  readonly dayRecorded: (day: number, completed: number, total: number) => string;
  readonly nextDayOpen: (day: number) => string;
  readonly dayAlreadyDone: (day: number) => string;
  readonly dayNotOpen: (day: number) => string;
  readonly noSuchDay: (total: number) => string;
  readonly finished: (title: string, total: number) => string;
  readonly suggestAnother: string;
  readonly allDone: string;
  readonly usage: string;
  readonly unavailable: string;
};

export const JOURNEY_WORDS: Record<JourneyLanguage, Lines> = {
  en: {
    dayHeading: (journey, day, total, title) => `${journey} · Day ${day} of ${total}\n${title}`,
    reflect: (prompt) =>
      `To reflect on: ${prompt}\n(Write /reflect and your thoughts to keep them with this day, sealed so only you can read them.)`,
    practice: (practice) => `A small practice: ${practice}`,
    markDone: (day) => `Day ${day} done`,
    overviewChoice: 'My journey',
    todayChoice: "Today's day",
    pauseChoice: 'Pause',
    resumeChoice: 'Resume',
    stopChoice: 'Stop',
    startChoice: (title) => `Start: ${title}`,
    switchChoice: (title) => `Switch to ${title}`,
    keepChoice: (title) => `Keep ${title}`,
    nextDayChoice: (day) => `Open day ${day}`,
    listIntro: 'Journeys you can take, one small step a day:',
    listItem: (journey, language) =>
      `• ${say(journey.title, language)} — ${say(journey.summary, language)}`,
    progressLine: (title, completed, total, percent) =>
      `You are on “${title}”: ${completed} of ${total} days completed (${percent}%).`,
    pausedNote: 'It is paused; your progress is kept.',
    notOnJourney: "You aren't on a journey right now.",
    unknownJourney: (id) => `I don't have a journey called “${id}”.`,
    started: (title, summary, total) =>
      `Welcome to “${title}”. ${summary}\nThere are ${total} days. Each one opens when you finish the one before, or on its own the next day — go at your own pace.`,
    alreadyOn: (title) => `You're already on “${title}”. Here is where you are:`,
    busy: (current, completed, total, wanted) =>
      `You're on “${current}” (${completed} of ${total} days completed). One journey at a time works best: starting “${wanted}” would stop “${current}”. Would you like to switch?`,
    switched: (stopped) => `“${stopped}” is stopped; its progress stays in your history.`,
    paused: (title, completed, total) =>
      `“${title}” is paused, with ${completed} of ${total} days completed. Nothing is lost; resume whenever you're ready.`,
    alreadyPaused: 'Your journey is already paused.',
    resumed: (title) => `Welcome back to “${title}”. Here is your day:`,
    notPaused: "Your journey isn't paused — it's going on.",
    stopped: (title, completed, total) =>
      `“${title}” is stopped, with ${completed} of ${total} days completed. You can start it again, or another one, whenever you like.`,
    pausedHint: (title) => `“${title}” is paused. Resume it to carry on.`,
    dayRecorded: (day, completed, total) =>
      `Day ${day} is done — ${completed} of ${total} days completed. Thank you for taking this time.`,
    nextDayOpen: (day) => `Day ${day} is open whenever you're ready; tomorrow is fine too.`,
    dayAlreadyDone: (day) => `Day ${day} was already marked done; nothing more to do there.`,
    dayNotOpen: (day) =>
      `Day ${day} isn't open yet: it opens when you finish the day before, or tomorrow.`,
    noSuchDay: (total) => `This journey has days 1 to ${total}.`,
    finished: (title, total) =>
      `You've completed all ${total} days of “${title}”. That took steady care, day after day — well done. What you practised is yours to keep.`,
    suggestAnother: 'If you would like to keep walking, another journey is ready when you are:',
    allDone:
      "You've completed every journey I have. You can take any of them again whenever you like.",
    usage:
      '/journey — your journey and the list\n/journey start <name> — begin one\n/journey today — today’s day\n/journey done — mark today’s day done\n/journey pause · /journey resume · /journey stop',
    unavailable:
      'That journey is no longer available, so I have stopped it. Choose another whenever you like.',
  },
  hi: {
    dayHeading: (journey, day, total, title) => `${journey} · दिन ${day} / ${total}\n${title}`,
    reflect: (prompt) =>
      `सोचने के लिए: ${prompt}\n(/reflect के साथ अपने विचार लिखिए, वे इस दिन के साथ रखे जाएँगे — ताला लगाकर, ताकि सिर्फ़ आप पढ़ सकें।)`,
    practice: (practice) => `एक छोटा अभ्यास: ${practice}`,
    markDone: (day) => `दिन ${day} पूरा`,
    overviewChoice: 'मेरी यात्रा',
    todayChoice: 'आज का दिन',
    pauseChoice: 'रोकें',
    resumeChoice: 'फिर शुरू करें',
    stopChoice: 'बंद करें',
    startChoice: (title) => `शुरू करें: ${title}`,
    switchChoice: (title) => `${title} पर जाएँ`,
    keepChoice: (title) => `${title} जारी रखें`,
    nextDayChoice: (day) => `दिन ${day} खोलें`,
    listIntro: 'ये यात्राएँ आप कर सकते हैं, रोज़ एक छोटा कदम:',
    listItem: (journey, language) =>
      `• ${say(journey.title, language)} — ${say(journey.summary, language)}`,
    progressLine: (title, completed, total, percent) =>
      `आप “${title}” पर हैं: ${total} में से ${completed} दिन पूरे (${percent}%)।`,
    pausedNote: 'यह रुकी हुई है; आपकी प्रगति सुरक्षित है।',
    notOnJourney: 'अभी आप किसी यात्रा पर नहीं हैं।',
    unknownJourney: (id) => `“${id}” नाम की कोई यात्रा मेरे पास नहीं है।`,
    started: (title, summary, total) =>
      `“${title}” में आपका स्वागत है। ${summary}\nकुल ${total} दिन हैं। हर दिन पिछले दिन को पूरा करने पर, या अपने-आप अगले दिन खुलता है — अपनी गति से चलिए।`,
    alreadyOn: (title) => `आप पहले से “${title}” पर हैं। आप यहाँ तक पहुँचे हैं:`,
    busy: (current, completed, total, wanted) =>
      `आप “${current}” पर हैं (${total} में से ${completed} दिन पूरे)। एक समय में एक यात्रा सबसे अच्छी रहती है: “${wanted}” शुरू करने से “${current}” बंद हो जाएगी। क्या आप बदलना चाहेंगे?`,
    switched: (stopped) => `“${stopped}” बंद कर दी गई; उसकी प्रगति आपके इतिहास में रहेगी।`,
    paused: (title, completed, total) =>
      `“${title}” रोक दी गई है, ${total} में से ${completed} दिन पूरे। कुछ नहीं खोया; जब मन हो, फिर शुरू कीजिए।`,
    alreadyPaused: 'आपकी यात्रा पहले से रुकी हुई है।',
    resumed: (title) => `“${title}” में फिर से स्वागत है। यह रहा आपका दिन:`,
    notPaused: 'आपकी यात्रा रुकी नहीं है — वह चल रही है।',
    stopped: (title, completed, total) =>
      `“${title}” बंद कर दी गई, ${total} में से ${completed} दिन पूरे। जब चाहें इसे या कोई और यात्रा फिर शुरू कर सकते हैं।`,
    pausedHint: (title) => `“${title}” रुकी हुई है। आगे बढ़ने के लिए उसे फिर शुरू कीजिए।`,
    dayRecorded: (day, completed, total) =>
      `दिन ${day} पूरा हुआ — ${total} में से ${completed} दिन पूरे। यह समय निकालने के लिए धन्यवाद।`,
    nextDayOpen: (day) => `दिन ${day} जब चाहें खुला है; कल भी ठीक है।`,
    dayAlreadyDone: (day) => `दिन ${day} पहले ही पूरा हो चुका है; वहाँ और कुछ नहीं करना।`,
    dayNotOpen: (day) => `दिन ${day} अभी खुला नहीं है: वह पिछला दिन पूरा होने पर, या कल खुलेगा।`,
    noSuchDay: (total) => `इस यात्रा में दिन 1 से ${total} तक हैं।`,
    finished: (title, total) =>
      `आपने “${title}” के सभी ${total} दिन पूरे कर लिए। दिन-ब-दिन यह लगन आसान नहीं थी — बहुत अच्छा। जो अभ्यास किया, वह अब आपका है।`,
    suggestAnother: 'अगर आगे चलना चाहें, तो एक और यात्रा आपकी राह देख रही है:',
    allDone: 'आपने मेरी सभी यात्राएँ पूरी कर ली हैं। जब चाहें, इनमें से कोई भी फिर से कर सकते हैं।',
    usage:
      '/journey — आपकी यात्रा और सूची\n/journey start <नाम> — शुरू करें\n/journey today — आज का दिन\n/journey done — आज का दिन पूरा करें\n/journey pause · /journey resume · /journey stop',
    unavailable: 'यह यात्रा अब उपलब्ध नहीं है, इसलिए मैंने इसे बंद कर दिया। जब चाहें कोई और चुनिए।',
  },
};
