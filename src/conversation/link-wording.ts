/**
 * What Sarathi says while linking two channels (English and Hindi), in our own words.
 */
type Wording = 'en' | 'hi';

export const LINK_WORDS: Record<
  Wording,
  {
    readonly issued: (code: string, minutes: number) => string;
    readonly rateLimited: string;
    readonly preview: (deletesThisChat: boolean) => string;
    readonly confirmChoice: string;
    readonly cancelChoice: string;
    readonly cancelled: string;
    readonly linked: string;
    readonly unknown: string;
    readonly expired: string;
    readonly used: string;
    readonly alreadyLinked: string;
    readonly hasJourneyProgress: string;
    readonly tooManyAttempts: string;
    readonly needsConversation: string;
  }
> = {
  en: {
    issued: (code, minutes) =>
      `Your link code is ${code}\n\nOn the other app where you talk with me (the web chat, Telegram…), send:\n/link ${code}\n\nIt works once, for ${minutes} minutes. Keep it to yourself: whoever enters it joins this conversation's journey and settings.`,
    rateLimited:
      "You've asked for several link codes in a short while. Please try again in an hour.",
    preview: (deletesThisChat) =>
      [
        'This will connect this chat to your Sarathi account on the other app, so your journey and settings are shared between them.',
        ...(deletesThisChat
          ? [
              'What this chat has kept on its own so far (the verses I have shown here) will be deleted.',
            ]
          : []),
        'Go ahead?',
      ].join(' '),
    confirmChoice: 'Yes, link',
    cancelChoice: 'No',
    cancelled: 'All right — nothing was linked.',
    linked:
      'Linked. This chat now shares your journey and settings with your other app. Send /journey to see where you are.',
    unknown:
      "That code doesn't match one I gave. Check it, or send /link on your other app for a fresh one.",
    expired:
      'That code has expired (codes last ten minutes). Send /link on your other app for a fresh one.',
    used: 'That code has already been used. Send /link on your other app for a fresh one.',
    alreadyLinked: 'This chat is already linked to that account — nothing more to do.',
    hasJourneyProgress:
      "This chat has journey progress of its own, and linking this way would delete it, so I haven't linked anything. To keep it, link the other way round: send /link here and enter that code on your other app. Or, if you don't need it, send /delete here first and then link.",
    tooManyAttempts:
      'Several codes in a row did not match, so for safety please wait fifteen minutes before trying again.',
    needsConversation:
      'Linking needs a conversation that continues (in the terminal, start it with --user).',
  },
  hi: {
    issued: (code, minutes) =>
      `आपका लिंक कोड है ${code}\n\nजिस दूसरे ऐप पर आप मुझसे बात करते हैं (वेब चैट, Telegram…), वहाँ भेजिए:\n/link ${code}\n\nयह एक ही बार, ${minutes} मिनट तक काम करेगा। इसे किसी को मत दीजिए: जो भी इसे डालेगा, वह इस बातचीत की यात्रा और सेटिंग्स से जुड़ जाएगा।`,
    rateLimited: 'आपने थोड़े समय में कई लिंक कोड माँगे हैं। कृपया एक घंटे बाद फिर कोशिश कीजिए।',
    preview: (deletesThisChat) =>
      [
        'इससे यह चैट दूसरे ऐप वाले आपके सारथी खाते से जुड़ जाएगी, और आपकी यात्रा व सेटिंग्स दोनों जगह एक रहेंगी।',
        ...(deletesThisChat
          ? ['इस चैट ने अब तक जो अलग से रखा है (यहाँ दिखाए गए श्लोक), वह मिटा दिया जाएगा।']
          : []),
        'आगे बढ़ें?',
      ].join(' '),
    confirmChoice: 'हाँ, जोड़ें',
    cancelChoice: 'नहीं',
    cancelled: 'ठीक है — कुछ भी नहीं जोड़ा गया।',
    linked:
      'जुड़ गया। यह चैट अब आपकी यात्रा और सेटिंग्स आपके दूसरे ऐप के साथ साझा करती है। आप कहाँ तक पहुँचे, यह देखने के लिए /journey भेजिए।',
    unknown:
      'यह कोड मेरे दिए किसी कोड से मेल नहीं खाता। जाँच लीजिए, या नया कोड पाने के लिए दूसरे ऐप पर /link भेजिए।',
    expired: 'यह कोड पुराना हो गया (कोड दस मिनट चलते हैं)। नया कोड पाने के लिए दूसरे ऐप पर /link भेजिए।',
    used: 'यह कोड पहले ही इस्तेमाल हो चुका है। नया कोड पाने के लिए दूसरे ऐप पर /link भेजिए।',
    alreadyLinked: 'यह चैट पहले से उस खाते से जुड़ी है — और कुछ नहीं करना।',
    hasJourneyProgress:
      'इस चैट की अपनी यात्रा-प्रगति है, और इस तरह जोड़ने से वह मिट जाएगी, इसलिए मैंने कुछ नहीं जोड़ा। उसे रखना हो तो उलटी ओर से जोड़िए: यहाँ /link भेजिए और वह कोड दूसरे ऐप पर डालिए। या अगर उसकी ज़रूरत नहीं, तो पहले यहाँ /delete भेजिए, फिर जोड़िए।',
    tooManyAttempts:
      'लगातार कई कोड मेल नहीं खाए, इसलिए सुरक्षा के लिए कृपया पंद्रह मिनट रुककर फिर कोशिश कीजिए।',
    needsConversation:
      'जोड़ने के लिए ऐसी बातचीत चाहिए जो आगे चलती रहे (टर्मिनल में --user के साथ शुरू कीजिए)।',
  },
};
