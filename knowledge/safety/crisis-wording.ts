/**
 * What Sarathi says first to someone in crisis, in our own words, in the language they wrote
 * in. Warm and short, no diagnosis, no scripture lesson; one concrete step, then the lines.
 * Hinglish is answered in simple English with Hindi words where they come naturally.
 * `{call}` is replaced by the emergency step for the region ("call 112").
 */
import type { Language } from './types.ts';

export type CrisisSituation =
  | 'suicidal-self'
  | 'suicidal-other'
  | 'self-harm-self'
  | 'self-harm-other'
  | 'overdose-self'
  | 'overdose-other'
  | 'harm-others'
  | 'abuse-self'
  | 'abuse-self-child'
  | 'abuse-other'
  | 'abuse-child';

export interface CrisisWording {
  readonly opening: Readonly<Record<CrisisSituation, string>>;
  /** The emergency step: a known number, the local number with India's as a hint, or none. */
  readonly call: (phone: string | undefined, regionKnown: boolean) => string;
  /** For scripture turned into permission to die: one gentle sentence, after the help. */
  readonly scriptureNote: string;
  /** For someone being hurt at home, whose phone may be watched. */
  readonly privacyNote: string;
  readonly invite: string;
  readonly inviteForOther: string;
}

const ENGLISH: CrisisWording = {
  opening: {
    'suicidal-self':
      "I'm really glad you told me. What you're going through sounds so painful, and you don't have to face it alone. Please talk to someone right now — the people below are there to listen. If you feel you might act on these thoughts, {call} or go to the nearest hospital, and ask someone to stay with you.",
    'suicidal-other':
      "Thank you for reaching out for them — it matters that you noticed. If they might act on it now, {call} and don't leave them alone. Otherwise, gently ask them how they are, listen without judging, and help them contact one of the lines below. You can call for advice yourself too.",
    'self-harm-self':
      "Thank you for trusting me with this. You deserve care, not pain, and you don't have to deal with this alone. If you're badly hurt or bleeding, please {call} or get to a hospital now. The people below can talk with you, without judging you.",
    'self-harm-other':
      "Thank you for caring about them. If they're badly hurt, {call} or get them to a hospital now. Stay calm and kind with them, listen without judging, and help them reach one of the lines below.",
    'overdose-self':
      "I'm so glad you told me. If you have taken anything, please get medical help right now: {call} or go to the nearest hospital emergency, even if you feel okay — some medicines and poisons do their harm hours later. Tell someone near you what you took and keep the packet with you. If you haven't, please put the pills or poison away from you, and talk to one of the people below now.",
    'overdose-other':
      'Please get medical help for them right now: {call} or take them to the nearest hospital emergency, even if they seem okay — some medicines and poisons do their harm hours later. Keep the packet or bottle with you for the doctors, and stay with them.',
    'harm-others':
      "It sounds like you're carrying a lot of anger and pain right now. Thank you for saying it here instead of acting on it. Please put some distance between you and that person, and keep away from anything that could hurt someone. Talk to someone now — the people below will listen without judging you. If you feel you might act on it, {call}.",
    'abuse-self':
      "I'm so sorry this is happening to you. You don't deserve to be hurt, and it is not your fault. If you're in danger right now, {call}. If you can, go somewhere safe or near people you trust. The lines below can help you stay safe and plan what to do next.",
    'abuse-self-child':
      "I'm so sorry this is happening to you. It is not your fault, and you did the right thing by telling someone. If you're in danger right now, {call}. The child helpline below is there for children and young people — you can tell them what is happening. If you can, also tell an adult you trust.",
    'abuse-other':
      "Thank you for caring about them. Nobody deserves to be hurt. If they're in danger right now, {call}. The lines below can advise you on how to help them stay safe.",
    'abuse-child':
      "Thank you for speaking up for this child. Children can't protect themselves, and what you do now matters. If the child is in danger right now, {call}. The child helpline below can step in and tell you what to do; you don't need to be sure before you call.",
  },
  call: (phone, regionKnown) =>
    phone === undefined
      ? 'call your local emergency number'
      : regionKnown
        ? `call ${phone}`
        : `call your local emergency number (${phone} in India)`,
  scriptureNote:
    'One more thing, gently: when the Gita speaks of the soul that does not die, it is meant to free us from fear — it never asks anyone to end their life. Your life here matters.',
  privacyNote: 'If someone checks your phone, you may want to delete this chat.',
  invite: "I'm here, and you can keep writing to me.",
  inviteForOther: "I'm here for you too, and you can keep writing to me.",
};

const HINDI: CrisisWording = {
  opening: {
    'suicidal-self':
      'मुझे सच में अच्छा लगा कि आपने मुझे बताया। आप जिस दर्द से गुज़र रहे हैं, वह बहुत भारी है, और आपको इसे अकेले नहीं सहना है। कृपया अभी किसी से बात करें — नीचे दिए गए लोग आपकी बात सुनने के लिए हैं। अगर लगे कि आप इन विचारों पर कुछ कर बैठेंगे, तो {call} या नज़दीकी अस्पताल जाएँ, और किसी को अपने पास रहने के लिए कहें।',
    'suicidal-other':
      'उनके लिए आगे आने के लिए धन्यवाद — आपने ध्यान दिया, यह बहुत मायने रखता है। अगर वे अभी कुछ कर सकते हैं, तो {call} और उन्हें अकेला न छोड़ें। वरना उनसे प्यार से पूछें कि वे कैसे हैं, बिना टोके उनकी बात सुनें, और नीचे दी गई किसी हेल्पलाइन से जुड़ने में उनकी मदद करें। आप खुद भी सलाह के लिए कॉल कर सकते हैं।',
    'self-harm-self':
      'मुझ पर भरोसा करने के लिए धन्यवाद। आप दर्द के नहीं, देखभाल के हक़दार हैं, और आपको यह अकेले नहीं झेलना है। अगर चोट गहरी है या खून बह रहा है, तो अभी {call} या अस्पताल जाएँ। नीचे दिए गए लोग बिना जज किए आपसे बात कर सकते हैं।',
    'self-harm-other':
      'उनकी परवाह करने के लिए धन्यवाद। अगर उन्हें गहरी चोट लगी है, तो अभी {call} या उन्हें अस्पताल ले जाएँ। उनके साथ शांत और नरम रहें, बिना टोके उनकी बात सुनें, और नीचे दी गई किसी हेल्पलाइन तक पहुँचने में उनकी मदद करें।',
    'overdose-self':
      'आपने बताया, यह बहुत अच्छा किया। अगर आपने कुछ खा या पी लिया है, तो कृपया अभी डॉक्टरी मदद लें: {call} या नज़दीकी अस्पताल की इमरजेंसी में जाएँ, चाहे आप अभी ठीक महसूस कर रहे हों — कुछ दवाइयाँ और ज़हर घंटों बाद नुकसान करते हैं। पास के किसी व्यक्ति को बताएँ कि आपने क्या लिया है, और उसका पैकेट साथ रखें। अगर अभी तक नहीं लिया है, तो कृपया गोलियाँ या ज़हर अपने से दूर रख दें, और नीचे दिए गए किसी व्यक्ति से अभी बात करें।',
    'overdose-other':
      'कृपया अभी उनके लिए डॉक्टरी मदद लें: {call} या उन्हें नज़दीकी अस्पताल की इमरजेंसी में ले जाएँ, चाहे वे अभी ठीक लगें — कुछ दवाइयाँ और ज़हर घंटों बाद नुकसान करते हैं। डॉक्टरों के लिए पैकेट या बोतल साथ रखें, और उनके पास रहें।',
    'harm-others':
      'लगता है आप अभी बहुत गुस्से और दर्द में हैं। कुछ करने के बजाय यहाँ कहने के लिए धन्यवाद। कृपया उस व्यक्ति से कुछ दूरी बना लें, और ऐसी किसी भी चीज़ से दूर रहें जिससे किसी को चोट लग सकती है। अभी किसी से बात करें — नीचे दिए गए लोग बिना जज किए आपकी बात सुनेंगे। अगर लगे कि आप कुछ कर बैठेंगे, तो {call}।',
    'abuse-self':
      'मुझे बहुत दुख है कि आपके साथ ऐसा हो रहा है। आपको चोट पहुँचाना किसी भी तरह ठीक नहीं है, और इसमें आपकी कोई गलती नहीं है। अगर आप अभी खतरे में हैं, तो {call}। हो सके तो किसी सुरक्षित जगह या भरोसेमंद लोगों के पास चले जाएँ। नीचे दी गई हेल्पलाइन आपको सुरक्षित रहने और आगे क्या करना है, यह तय करने में मदद कर सकती हैं।',
    'abuse-self-child':
      'मुझे बहुत दुख है कि आपके साथ ऐसा हो रहा है। इसमें आपकी कोई गलती नहीं है, और किसी को बताकर आपने सही किया। अगर आप अभी खतरे में हैं, तो {call}। नीचे दी गई चाइल्ड हेल्पलाइन बच्चों की मदद के लिए है — आप उन्हें बता सकते हैं कि क्या हो रहा है। हो सके तो किसी भरोसेमंद बड़े को भी बताएँ।',
    'abuse-other':
      'उनकी परवाह करने के लिए धन्यवाद। किसी को भी चोट पहुँचाना ठीक नहीं है। अगर वे अभी खतरे में हैं, तो {call}। नीचे दी गई हेल्पलाइन आपको बता सकती हैं कि उन्हें सुरक्षित रखने में आप कैसे मदद करें।',
    'abuse-child':
      'इस बच्चे के लिए आवाज़ उठाने के लिए धन्यवाद। बच्चे खुद अपनी रक्षा नहीं कर सकते, और अभी आप जो करेंगे वह बहुत मायने रखता है। अगर बच्चा अभी खतरे में है, तो {call}। नीचे दी गई चाइल्ड हेल्पलाइन मदद कर सकती है और बता सकती है कि क्या करना है; कॉल करने के लिए आपका पूरी तरह पक्का होना ज़रूरी नहीं है।',
  },
  call: (phone, regionKnown) =>
    phone === undefined
      ? 'अपने स्थानीय आपातकालीन नंबर पर कॉल करें'
      : regionKnown
        ? `${phone} पर कॉल करें`
        : `अपने स्थानीय आपातकालीन नंबर पर कॉल करें (भारत में ${phone})`,
  scriptureNote:
    'एक बात और, धीरे से: गीता जब अमर आत्मा की बात करती है, तो वह हमें डर से मुक्त करने के लिए है — वह किसी से अपना जीवन खत्म करने को नहीं कहती। आपका जीवन यहाँ, अभी, मायने रखता है।',
  privacyNote: 'अगर कोई आपका फ़ोन देखता है, तो आप यह चैट मिटा सकते हैं।',
  invite: 'मैं यहाँ हूँ, आप मुझसे बात करते रह सकते हैं।',
  inviteForOther: 'मैं आपके लिए भी यहाँ हूँ, आप मुझसे बात करते रह सकते हैं।',
};

const HINGLISH: CrisisWording = {
  opening: {
    'suicidal-self':
      "Thank you for telling me. What you're going through sounds really heavy, and you don't have to carry it alone — aap akele nahi ho. Please talk to someone right now; the people below are there to listen. If you feel you might act on these thoughts, {call} or go to the nearest hospital, and ask someone to stay with you.",
    'suicidal-other':
      "Thank you for caring about them — aapne dhyan diya, and that matters. If they might act on it now, {call} and don't leave them alone. Otherwise, gently ask them how they are, listen without judging, and help them reach one of the lines below. You can call for advice yourself too.",
    'self-harm-self':
      "Thank you for trusting me with this. You deserve care, not pain, and you don't have to handle this alone. If you're badly hurt or bleeding, please {call} or go to a hospital now. The people below will talk with you without judging.",
    'self-harm-other':
      "Thank you for caring about them. If they're badly hurt, {call} or take them to a hospital now. Stay calm and kind with them, listen without judging, and help them reach one of the lines below.",
    'overdose-self':
      "I'm so glad you told me. If you have taken anything, please get medical help right now — {call} or go to the nearest hospital emergency, even if you feel theek for now; some medicines and poisons do their harm hours later. Tell someone near you what you took, and keep the packet with you. If you haven't, please put the goliyan or poison away from you, and talk to one of the people below now.",
    'overdose-other':
      'Please get medical help for them right now — {call} or take them to the nearest hospital emergency, even if they seem okay; some medicines and poisons do their harm hours later. Keep the packet or bottle with you for the doctors, and stay with them.',
    'harm-others':
      "It sounds like there's a lot of gussa and pain in you right now. Thank you for saying it here instead of acting on it. Please put some distance between you and that person, and stay away from anything that could hurt someone. Talk to someone now — the people below will listen without judging. If you feel you might act on it, {call}.",
    'abuse-self':
      "I'm so sorry this is happening to you. You don't deserve to be hurt, and it is not your fault — aapki galti nahi hai. If you're in danger right now, {call}. If you can, go somewhere safe or near people you trust. The lines below can help you stay safe and plan what to do next.",
    'abuse-self-child':
      "I'm so sorry this is happening to you. It is not your fault, and you did the right thing by telling someone. If you're in danger right now, {call}. The child helpline below is there for children — you can tell them what is happening. If you can, also tell an adult you trust.",
    'abuse-other':
      "Thank you for caring about them. Nobody deserves to be hurt. If they're in danger right now, {call}. The lines below can tell you how to help them stay safe.",
    'abuse-child':
      "Thank you for speaking up for this child. Bachche khud ko protect nahi kar sakte, and what you do now matters. If the child is in danger right now, {call}. The child helpline below can step in and tell you what to do; you don't need to be sure before you call.",
  },
  call: ENGLISH.call,
  scriptureNote:
    'One more thing, gently: when the Gita speaks of the aatma that never dies, it is meant to free us from fear — it never asks anyone to end their life. Your life matters, here and now.',
  privacyNote: 'If someone checks your phone, you may want to delete this chat.',
  invite: "I'm here — aap mujhe likhte raho.",
  inviteForOther: "I'm here for you too — aap mujhe likhte raho.",
};

export const CRISIS_WORDING: Readonly<Record<Language, CrisisWording>> = {
  en: ENGLISH,
  hi: HINDI,
  hinglish: HINGLISH,
};
