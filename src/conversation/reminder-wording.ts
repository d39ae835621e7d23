/**
 * What Sarathi says about reminders, in our own words (English and Hindi).
 */
type Wording = 'en' | 'hi';

export const REMIND_USAGE: Record<Wording, string> = {
  en: 'Tell me a time on your own clock, like /remind 07:30 (24-hour). /remind off stops the daily verse; /quiet 22:00-07:00 sets hours when I stay silent.',
  hi: 'अपनी घड़ी का समय बताइए, जैसे /remind 07:30 (24 घंटे वाला)। /remind off से रोज़ का श्लोक बंद होगा; /quiet 22:00-07:00 से वे घंटे तय कीजिए जब मैं चुप रहूँ।',
};

export const REMIND_SET: Record<Wording, (time: string, zone: string) => string> = {
  en: (time, zone) =>
    `Done: every day at ${time} (${zone}) I'll send you one verse to sit with. /remind off stops it any time.`,
  hi: (time, zone) =>
    `हो गया: हर दिन ${time} (${zone}) पर मैं आपको एक श्लोक भेजूँगा। /remind off से कभी भी बंद कीजिए।`,
};

export const REMIND_INSIDE_QUIET: Record<Wording, string> = {
  en: 'That time is inside your quiet hours; since you chose it, I will still send it then.',
  hi: 'यह समय आपके शांत घंटों में आता है; आपने चुना है, इसलिए मैं तभी भेजूँगा।',
};

export const REMIND_NEEDS_ZONE: Record<Wording, (time: string) => string> = {
  en: (time) =>
    `I'll remind you at ${time} — but whose ${time}? Tell me your time zone, for example /timezone Asia/Kolkata, and I'll start.`,
  hi: (time) =>
    `मैं ${time} पर याद दिलाऊँगा — पर किस जगह के ${time} पर? अपना समय-क्षेत्र बताइए, जैसे /timezone Asia/Kolkata, फिर मैं शुरू करूँगा।`,
};

export const REMIND_OFF: Record<Wording, string> = {
  en: "Daily reminders are off. If you'd like them again, send /remind 07:30 (or any time).",
  hi: 'रोज़ के संदेश बंद हो गए। फिर चाहिए हों तो /remind 07:30 (या कोई भी समय) भेजिए।',
};

export const REMIND_STATUS: Record<
  Wording,
  (time: string | undefined, zone: string | undefined, quiet: string) => string
> = {
  en: (time, zone, quiet) =>
    `${time === undefined ? 'No daily reminder is set.' : `Your daily reminder: ${time}${zone === undefined ? ' (time zone not set yet)' : ` (${zone})`}.`} Quiet hours: ${quiet}. ${REMIND_USAGE.en}`,
  hi: (time, zone, quiet) =>
    `${time === undefined ? 'कोई रोज़ का संदेश तय नहीं है।' : `आपका रोज़ का समय: ${time}${zone === undefined ? ' (समय-क्षेत्र अभी तय नहीं)' : ` (${zone})`}।`} शांत घंटे: ${quiet}। ${REMIND_USAGE.hi}`,
};

export const QUIET_OFF_LABEL: Record<Wording, string> = { en: 'off', hi: 'बंद' };

export const TIMEZONE_USAGE: Record<Wording, string> = {
  en: "I didn't recognise that time zone. Please use a place name like Asia/Kolkata, Europe/London or America/New_York (not an abbreviation such as IST, which means several places).",
  hi: 'यह समय-क्षेत्र मैं नहीं पहचान पाया। कृपया जगह वाला नाम लिखिए, जैसे Asia/Kolkata, Europe/London या America/New_York (IST जैसा छोटा रूप नहीं, वह कई जगहों का हो सकता है)।',
};

export const TIMEZONE_SET: Record<Wording, (zone: string) => string> = {
  en: (zone) => `Your time zone is now ${zone}.`,
  hi: (zone) => `आपका समय-क्षेत्र अब ${zone} है।`,
};

export const QUIET_USAGE: Record<Wording, string> = {
  en: 'Send quiet hours as a span of your local time, like /quiet 22:00-07:00, or /quiet off. A late reminder is never sent during them.',
  hi: 'शांत घंटे अपने स्थानीय समय में भेजिए, जैसे /quiet 22:00-07:00, या /quiet off। देर से चला संदेश इनके बीच कभी नहीं भेजा जाएगा।',
};

export const QUIET_SET: Record<Wording, (span: string) => string> = {
  en: (span) =>
    `Quiet hours set to ${span}. I won't send a reminder then unless it is the time you chose.`,
  hi: (span) => `शांत घंटे ${span} तय हुए। उस बीच संदेश नहीं आएगा, जब तक वह आपका चुना हुआ समय न हो।`,
};

export const QUIET_TURNED_OFF: Record<Wording, string> = {
  en: 'Quiet hours are off.',
  hi: 'शांत घंटे बंद हैं।',
};

export const STOP_DONE: Record<Wording, string> = {
  en: "You're unsubscribed: no more reminders or messages from me unless you write first. Your conversation history stays until you send /delete.",
  hi: 'आपकी सदस्यता हट गई: जब तक आप खुद न लिखें, मैं कोई संदेश या याद नहीं भेजूँगा। बातचीत का रिकॉर्ड /delete भेजने तक रहेगा।',
};

export const REMINDERS_UNAVAILABLE: Record<Wording, string> = {
  en: "Daily reminders aren't available on this server right now (its queue isn't running). Your other settings still work.",
  hi: 'इस सर्वर पर अभी रोज़ के संदेश उपलब्ध नहीं हैं (इसकी कतार नहीं चल रही)। आपकी बाकी सेटिंग्स काम करती हैं।',
};

export const REMINDER_SAVE_FAILED: Record<Wording, string> = {
  en: "I saved your choice but couldn't update the schedule just now. Please send the command again in a minute.",
  hi: 'आपकी पसंद सहेज ली, पर अभी समय-सारणी नहीं बदल पाया। कृपया एक मिनट में फिर भेजिए।',
};
