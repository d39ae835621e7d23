/**
 * Answers to requests that would turn the Gita against people, in our own words. Each gives
 * the context the request leaves out, points to what the Gita does teach (the verses in
 * `MISUSE_VERSES`, checked against the corpus in the tests), and, where it matters, a doctor or
 * human help. None presents a verse as endorsing the request.
 */
import type { Language, MisuseKind } from './types.ts';

/**
 * Verses shown after the words, as cards built from the corpus. Refs are in the corpus's own
 * numbering (chapter 13 has 35 verses, so 13.28 here is 13.27 in 34-verse editions).
 * - harm-others: 12.13 hates no being, friendly and compassionate; 16.2 harmlessness, freedom
 *   from anger, compassion; 2.63 anger breeds delusion and ruin.
 * - superiority: 5.18 the wise see equally the learned and the outcaste; 9.29 the same to all
 *   beings; 13.28 the Lord dwelling equally in all beings.
 * - faith-contempt: 4.11 every path people take leads to Me; 7.21 whatever form is worshipped,
 *   I make that faith firm; 12.13 hates no being.
 * - stop-treatment: 6.16 and 6.17 moderation in eating, sleep and action.
 */
export const MISUSE_VERSES: Readonly<Record<MisuseKind, readonly string[]>> = {
  'harm-others': ['12.13', '16.2', '2.63'],
  superiority: ['5.18', '9.29', '13.28'],
  'faith-contempt': ['4.11', '7.21', '12.13'],
  'stop-treatment': ['6.16', '6.17'],
};

type Wording = Readonly<Record<MisuseKind, readonly string[]>>;

const ENGLISH: Wording = {
  'harm-others': [
    'It sounds like someone has hurt you badly, and that anger deserves to be taken seriously.',
    "But the Gita can't give permission to hurt a real person. Arjuna's battle was one particular war, fought openly as a soldier's public duty after every attempt at peace had failed — it is not a licence for revenge or for violence against anyone in our own lives. Again and again the Gita praises the one who hates no being and is friendly and compassionate to all, and it warns that anger clouds judgement and leads to ruin.",
    "If you have been wronged, there are real ways to seek protection and justice — the police, a lawyer, people you trust. And if the anger ever feels close to turning into action, please step away and talk to someone right away. I'm here if you want to tell me what happened.",
  ],
  superiority: [
    "The Gita doesn't rank people's worth by caste or by gender.",
    "It describes the wise as looking with the same eye on a learned priest and on an outcaste, and Krishna says he is the same to all beings; the one who truly sees, it says, sees the Lord dwelling equally in everyone. Where it speaks of varna, it ties duties to a person's qualities and work — it never asks anyone to look down on another, and reading it as proof that some people are born lesser goes against its heart.",
    "If you'd like, we can look at what the Gita says about seeing every person with equal respect.",
  ],
  'faith-contempt': [
    "The Gita doesn't ask anyone to despise another faith.",
    'Krishna says that in whatever way people come to him, he receives them, and that whatever form a sincere person worships, he makes their faith steady. The heart it hopes for hates no being and is friendly and compassionate to all. So it cannot honestly be used to mock or condemn people who pray differently.',
    "If something about another faith troubles you, I'm glad to talk about it with respect.",
  ],
  'stop-treatment': [
    "Please don't stop or change any treatment without talking to your doctor first — stopping some medicines suddenly can be dangerous.",
    "The Gita doesn't ask anyone to neglect the body. It teaches balance in eating, sleeping, work and rest, and a body that is cared for is what lets us live, serve and practise. Faith and medicine are not rivals: prayer, reflection and your treatment can go together.",
    "If something about the treatment worries you — side effects, cost, how you feel on it — tell your doctor; there are often other options. I'm here to talk it through too.",
  ],
};

const HINDI: Wording = {
  'harm-others': [
    'लगता है किसी ने आपको बहुत चोट पहुँचाई है, और आपका गुस्सा गंभीरता से लिए जाने लायक है।',
    'लेकिन गीता किसी असली इंसान को चोट पहुँचाने की इजाज़त नहीं देती। अर्जुन का युद्ध एक खास युद्ध था, जो शांति की हर कोशिश नाकाम होने के बाद एक योद्धा के सार्वजनिक कर्तव्य के रूप में खुलकर लड़ा गया — यह बदले या हमारे अपने जीवन के किसी व्यक्ति पर हिंसा का लाइसेंस नहीं है। गीता बार-बार उस व्यक्ति की प्रशंसा करती है जो किसी प्राणी से द्वेष नहीं करता, सबका मित्र और दयालु है, और चेताती है कि क्रोध से बुद्धि धुंधली होती है और विनाश होता है।',
    'अगर आपके साथ अन्याय हुआ है, तो सुरक्षा और न्याय पाने के असली रास्ते हैं — पुलिस, वकील, भरोसेमंद लोग। और अगर कभी लगे कि गुस्सा किसी काम में बदलने वाला है, तो कृपया वहाँ से हट जाएँ और तुरंत किसी से बात करें। अगर आप बताना चाहें कि क्या हुआ, तो मैं यहाँ हूँ।',
  ],
  superiority: [
    'गीता जाति या लिंग के आधार पर किसी इंसान की कीमत तय नहीं करती।',
    'वह ज्ञानी को ऐसा बताती है जो विद्वान ब्राह्मण और चांडाल को एक ही दृष्टि से देखता है, और कृष्ण कहते हैं कि वे सभी प्राणियों में समान हैं; जो सच में देखता है, वह सबमें एक ही ईश्वर को समान रूप से देखता है। जहाँ गीता वर्ण की बात करती है, वहाँ कर्तव्य को व्यक्ति के गुण और कर्म से जोड़ती है — वह किसी को दूसरे को नीचा देखने को नहीं कहती, और उसे यह साबित करने के लिए पढ़ना कि कुछ लोग जन्म से छोटे हैं, उसकी भावना के खिलाफ है।',
    'अगर आप चाहें, तो हम देख सकते हैं कि गीता हर इंसान को समान सम्मान से देखने के बारे में क्या कहती है।',
  ],
  'faith-contempt': [
    'गीता किसी को दूसरे धर्म से घृणा करने को नहीं कहती।',
    'कृष्ण कहते हैं कि लोग जिस भी तरह उनकी ओर आते हैं, वे उन्हें उसी तरह अपनाते हैं, और कोई सच्चा व्यक्ति जिस भी रूप की पूजा करे, वे उसकी श्रद्धा को दृढ़ करते हैं। गीता जिस हृदय की कामना करती है, वह किसी प्राणी से द्वेष नहीं करता और सबके प्रति मैत्री और करुणा रखता है। इसलिए इसे अलग तरह से प्रार्थना करने वालों का मज़ाक उड़ाने या उन्हें बुरा कहने के लिए ईमानदारी से इस्तेमाल नहीं किया जा सकता।',
    'अगर किसी दूसरे धर्म की कोई बात आपको परेशान करती है, तो मैं सम्मान के साथ उस पर बात करने को तैयार हूँ।',
  ],
  'stop-treatment': [
    'कृपया अपने डॉक्टर से बात किए बिना कोई भी इलाज बंद न करें और न बदलें — कुछ दवाइयाँ अचानक बंद करना खतरनाक हो सकता है।',
    'गीता किसी को शरीर की उपेक्षा करने को नहीं कहती। वह खाने, सोने, काम और आराम में संतुलन सिखाती है, और जिस शरीर की देखभाल होती है, वही हमें जीने, सेवा करने और साधना करने देता है। श्रद्धा और दवा एक-दूसरे के विरोधी नहीं हैं: प्रार्थना, चिंतन और आपका इलाज साथ-साथ चल सकते हैं।',
    'अगर इलाज की कोई बात आपको चिंता में डालती है — साइड इफ़ेक्ट, खर्च, या आप कैसा महसूस करते हैं — तो अपने डॉक्टर को बताएँ; अक्सर दूसरे रास्ते होते हैं। मैं भी इस पर बात करने के लिए यहाँ हूँ।',
  ],
};

const HINGLISH: Wording = {
  'harm-others': [
    'It sounds like someone has hurt you badly, and that gussa deserves to be taken seriously.',
    "But the Gita can't give permission to hurt a real person. Arjuna's battle was one particular war, fought openly as a soldier's public duty after every attempt at peace had failed — it is not a licence for badla or for violence against anyone in our own lives. The Gita again and again praises the one who hates no being and is friendly and kind to all, and it warns that anger clouds judgement and leads to ruin.",
    "If you have been wronged, there are real ways to get protection and justice — the police, a lawyer, people you trust. And if the anger ever feels close to turning into action, please step away and talk to someone right away. I'm here if you want to tell me what happened.",
  ],
  superiority: [
    "The Gita doesn't rank anyone's worth by caste or gender.",
    "It says the wise look with the same eye on a learned priest and on an outcaste, and Krishna says he is the same to all beings; the one who truly sees, sees the Lord equally in everyone. Where it talks about varna, it ties duties to a person's qualities and work — it never asks anyone to look down on another. Using it to prove some people are born lesser goes against its heart.",
    "If you'd like, we can look at what the Gita says about seeing every person with equal respect.",
  ],
  'faith-contempt': [
    "The Gita doesn't ask anyone to look down on another dharm or faith.",
    'Krishna says that in whatever way people come to him, he receives them, and whatever form a sincere person worships, he makes their shraddha steady. The heart it hopes for hates no being and is friendly and kind to all. So it cannot honestly be used to mock or condemn people who pray differently.',
    "If something about another faith troubles you, I'm happy to talk about it with respect.",
  ],
  'stop-treatment': [
    "Please don't stop or change any dawai or treatment without talking to your doctor first — stopping some medicines suddenly can be dangerous.",
    "The Gita doesn't ask anyone to neglect the body. It teaches balance in eating, sleeping, work and rest, and a body that is cared for is what lets us live, serve and practise. Faith and medicine are not rivals: prayer, reflection and your treatment can go together.",
    "If something about the treatment worries you — side effects, cost, how you feel on it — tell your doctor; there are often other options. I'm here to talk it through too.",
  ],
};

export const MISUSE_WORDING: Readonly<Record<Language, Wording>> = {
  en: ENGLISH,
  hi: HINDI,
  hinglish: HINGLISH,
};
