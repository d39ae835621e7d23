/**
 * Requests to use the Gita against people: to justify hurting someone, to rank people by caste
 * or gender, to despise other faiths, or to stop medical treatment. Each rule is a set of
 * patterns that must all be present in the message (anywhere in it), unless one of its
 * `unless` patterns is: honest questions about the war, duty, varna and other paths stay with
 * the ordinary answer. Patterns run on normalized text, like the crisis lexicons.
 */
import type { MisuseKind } from '../types.ts';

export interface MisuseRule {
  readonly kind: MisuseKind;
  /** Every one of these must match somewhere in the message. */
  readonly all: readonly RegExp[];
  /** Any one of these lets the message through. */
  readonly unless?: readonly RegExp[];
}

/** The Gita, its people, and the vocabulary of duty that people reach for. */
const SCRIPTURE =
  /gita|geeta|bhagavad|bhagwat|krishna|krishn|kanha|arjuna|arjun|kurukshetra|verses?|shlokas?|slokas?|chapter|mahabharata|mahabharat|dharma|dharm|duty|duties|swadharma|karma|kshatriya|scriptures?|holy war|dharma yuddha|dharmayuddha|kartavya|farz|गीता|कृष्ण|अर्जुन|धर्म|कर्तव्य|महाभारत|कुरुक्षेत्र/;

/** Asking for permission or announcing intent, in the first person. */
const ASKING =
  /(?:is it|it is|would it be|isnt it|is not it|was it) (?:my|our) (?:dharma|duty|right|karma|swadharma|kartavya)|(?:is it|is|it is|would it be|would) (?:my |our |a |the )?(?:dharma|duty|right|karma|swadharma|kartavya|righteous|just|justified|fair|sin) to|(?:ok|okay|fine|alright|right|allowed|wrong|a sin|sin) (?:for me |for us )?(?:if|when) (?:i|we)|kya (?:[^ .]+ ){0,3}?(?:sahi|theek|thik|dharm|farz|jaiz|jayaz|paap|galat|uchit)|(?:should|can|may|must|could|shall) (?:i|we)|(?:am|are) (?:i|we) (?:allowed|justified|permitted|right)|(?:allowed|justified|permitted|right|ok|okay|fine|wrong|sin|a sin) (?:for (?:me|us) )?to|(?:i|we) (?:want|need|have|plan|am going|will|must|should) to|i will|ill|i am going to|let me|(?:give|tell|show) me (?:a |the |some )?(?:verse|verses|shloka|shlokas|justification|reason|permission)|justify|justifies|permission|(?:does|would) (?:the gita|gita|krishna|dharma) (?:allow|permit|justify|approve|support|want)|like arjuna|as arjuna did|kya (?:main|mai|mujhe|hum)|(?:sahi|theek|thik|dharm|farz|kartavya) (?:hai|hoga) kya|(?:mera|meri|hamara|humara) (?:dharm|dharma|farz|kartavya)|chahiye|sakta|sakti|क्या (?:मैं|मुझे|हम)|(?:मेरा|हमारा) (?:धर्म|कर्तव्य|फर्ज)|चाहिए|सकता|सकती|सही है/;

/** Hurting a real person, or taking revenge. */
const VIOLENCE =
  /(?:kill|killing|murder|murdering|beat|beating|beat up|hit|hitting|slap|slapping|hurt|hurting|harm|harming|attack|attacking|stab|stabbing|shoot|shooting|burn|burning|destroy|destroying|eliminate|finish|finish off|torture|teach (?:him|her|them) a lesson|make (?:him|her|them) (?:pay|suffer)) (?:him|her|them|my @inner|his @inner|that @w|this @w|those @w|these @w|people|someone|somebody|the (?:man|guy|woman|person|people)|everyone|all of them|my enemies|my enemy|enemies|the enemy|the person who)(?! (?:feelings|ego|pride|reputation|career|business|like|within|inside|of the mind|in the form|in my mind))|revenge|avenge|vengeance|badla|badle|pratishodh|प्रतिशोध|बदला|(?:usko|use|unko|usse|uski|unki) (?:maar|maarna|maarne|peet|peetna|pitai|khatam|qatl|khoon|sabak)|(?:उसे|उसको|उन्हें|उसकी|उनकी) (?:मार|मारना|मारने|पीट|पीटना|पिटाई|खत्म|कत्ल|खून|सबक)/;

/** A whole community as a target. */
const GROUP_VIOLENCE =
  /(?:kill|killing|wipe out|wiping out|destroy|destroying|exterminate|attack|attacking|drive out|cleanse|finish) (?:all )?(?:the )?(?:muslims|christians|hindus|sikhs|jews|dalits|infidels|non believers|non hindus|kafirs|mlecchas|enemies of dharma|those people|them all)|(?:muslims|christians|hindus|sikhs|jews|dalits|infidels|kafirs|mlecchas) (?:should|must|deserve to) (?:be killed|die|be wiped out|be destroyed)/;

const CASTE =
  /brahmins?|brahmans|kshatriyas?|vaishyas?|shudras?|sudras?|dalits?|untouchables?|(?:lower|upper|high|low|higher|other|my|our|their|his|her) castes?|low born|lowborn|high born|savarna|avarna|jaati|jati|ब्राह्मण|शूद्र|दलित|(?:नीची|ऊंची|छोटी|बड़ी) जाति|(?:neechi|nichi|oonchi|unchi|choti|chhoti|badi) (?:jaati|jati|caste)/;

const GENDER =
  /women|woman|girls|females|female|wives|ladies|aurat|auratein|auraton|ladki|ladkiyan|ladkiyon|mahila|mahilayen|striyan|stri|स्त्री|स्त्रियां|औरत|औरतें|महिला|महिलाएं|लड़की|लड़कियां/;

/** Words that rank people's worth; a question about them can be honest ("are women inferior?"). */
const RANKING =
  /superior|inferior|better than|lower than|higher than|lower|higher|low|beneath|lesser|less intelligent|less worthy|unworthy|deserve less|not equal|below men|weaker|neech|nich|ooncha|uncha|oonchi|unchi|shreshth|shresth|श्रेष्ठ|नीच|हीन/;

/** Subordination: an honest question can still ask about it ("should wives obey?"). */
const SUBORDINATING =
  /born to serve|should serve|must serve|meant to serve|only to serve|should obey|must obey|servants of|should stay at home|should not (?:work|study|be educated)/;

/** Words that strip people of dignity: never an honest premise, whatever the grammar. */
const DEHUMANIZING =
  /impure|unclean|polluted|dirty|untouchable|slaves|property of|paon ki jooti|pair ki jooti|अपवित्र|अछूत|दासी|पैर की जूती/;

const GROUP = new RegExp(`(?:${CASTE.source}|${GENDER.source})`);

/** "Women are inferior", "brahmins are superior": a ranking stated as fact. */
const RANKING_ASSERTED = new RegExp(
  `(?:${GROUP.source}) (?:are|is|were) (?:(?:naturally|always|clearly|obviously|definitely|by birth|really|truly) ){0,3}(?:${RANKING.source})`,
);

/** The same in Hindi word order: "shudra neech hain", "ladkiyan ladko se neech hoti hain". */
const RANKING_ASSERTED_HI = new RegExp(
  `(?:${GROUP.source}) (?:[^ .]+ ){0,2}?(?:${RANKING.source}) (?:hai|hain|hote|hoti|hota|होते|होती|होता|हैं|है)`,
);

/** "Why are brahmins superior?": the ranking smuggled in as the question's premise. */
const RANKING_PRESUMED = new RegExp(
  `why (?:are|is|were) (?:${GROUP.source}) (?:(?:naturally|always|considered|born) ){0,3}(?:${RANKING.source})`,
);

const FAITH =
  /islam|muslims?|musalman|musalmaan|mussalman|christians?|christianity|jesus|allah|bible|quran|koran|sikhs?|sikhism|buddhists?|buddhism|jains?|jainism|jews?|judaism|atheists?|non hindus|other religions?|other faiths?|mlecchas?|yavanas?|kafirs?|infidels?|मुसलमान|मुस्लिम|इस्लाम|ईसाई|सिख|(?:अन्य|दूसरे) धर्म|isai|eesai|(?:dusre|doosre|anya) (?:dharm|dharma|majhab|mazhab)/;

/** Disagreement words: a question about them is honest ("is Islam wrong?"). */
const FAITH_MILD =
  /wrong|false|fake|inferior|lower|misguided|deluded|ignorant|lies|liars?|galat|jhoothe|jhootha|jhutha|गलत|झूठा|झूठे/;

/** Contempt: demons, hell, fools. Never an honest premise. */
const FAITH_CONTEMPT =
  /evil|demons?|demonic|asuras?|asuric|rakshas|rakshasa|fools|stupid|going to hell|go to hell|burn in hell|deserve hell|satanic|worthless|destroyed|wiped out|enemies of|narak|nark|राक्षस|असुर|नर्क|नरक/;

const FAITH_ASSERTED = new RegExp(
  `(?:${FAITH.source}) (?:is|are|were) (?:all )?(?:(?:clearly|obviously|definitely|completely|totally) ){0,3}(?:${FAITH_MILD.source})`,
);

/** "Hinduism is the only true religion": supremacy over every other path. */
const FAITH_SUPREMACY =
  /(?:hinduism|hindu dharma|sanatan|sanatana dharma|sanatan dharma|our religion|our dharma|vedic religion|hindus) (?:is|are) (?:the )?(?:only (?:true|real|right)|superior|better|higher|greatest)|superior to (?:all )?(?:other religions|islam|christianity|every other)/;

/** Turning scripture into a weapon against people of another faith. */
const INSULT = /insult|mock|humiliate|ridicule|shame|make fun of|destroy (?:them|their)/;

/** Asking the Gita to prove a ranking or a contempt: a request, not a question. */
const PROVE =
  /prove|proves|proof|justify|justifies|show me|give me|tell me why|explain why|quote|verses? (?:that|which|to|proving|showing|against)|shlokas? (?:that|which|to|against)|use the gita|using the gita|use gita|refute|debunk|insult|mock|humiliate/;

/** Honest question openers: "does the Gita say…", "what does…", "is it true…". */
const HONEST_QUESTION =
  /^(?:does|do|did|is|are|was|were|what|how|where|which|who|can|could|would|kya|क्या|i want to understand|help me understand|please explain|i am confused)(?= |$)|is (?:that|this|it) (?:true|right|correct|what the gita says)|does (?:the )?gita (?:really )?(?:say|teach|mean)/;

/** The writer is the one being ranked or scorned: they need comfort, not a correction. */
const TARGETED =
  /treats? (?:me|us) (?:as|like)|treated (?:me|us) (?:as|like)|calls? (?:me|us)|called (?:me|us)|(?:me|us) feel|discriminat@rest|because i am (?:a )?(?:dalit|woman|girl|shudra|muslim|christian)|i am (?:a )?(?:dalit|shudra|woman|girl|muslim|christian|sikh)|told me (?:i am|that i am)|say (?:i am|we are)/;

/** Someone else holds the view and the writer is wondering how to answer it. */
const REPORTED =
  /(?:my|people|they|he|she|someone|relatives|society|in laws|family|father|mother|husband|wife|friends?|uncle|aunt|boss|colleagues?) (?:[^ .]+ ){0,2}?(?:think|thinks|say|says|said|believe|believes|claim|claims|told me|tell me|keep saying|keeps saying)|how (?:do|should|can) i (?:respond|answer|reply|deal|cope|handle|explain|argue)/;

/** Stopping treatment, in the words people use for it. */
const STOP_TREATMENT =
  /(?:stop|stopping|stopped|quit|quitting|leave|leaving|give up|giving up|gave up|skip|skipping|discontinue|discontinuing|throw away|come off|get off|go off|taper off|refuse|refusing|refused|avoid|avoiding|ditch|drop|dropping|not take|no longer take|do not need|dont need|no need for|no need of|instead of|rather than|replace|replacing|without) (?:(?:taking|my|the|all|all my|these|those|this|our|his|her|any|going to the|seeing a|seeing my|visiting the) ){0,3}(?:[^ .]+ )?(?:medicine|medicines|medication|medications|meds|pills|tablets|treatment|treatments|therapy|chemo|chemotherapy|radiation|insulin|dialysis|antidepressants?|lithium|antipsychotics?|surgery|operation|doctor|doctors|hospital|psychiatrist|counselling|counseling|therapist|inhaler|bp medicine|thyroid medicine|vaccine|vaccines|vaccination|transplant)|(?:दवा|दवाई|दवाइयां|इलाज|कीमो|डॉक्टर|अस्पताल|थेरेपी|इंसुलिन) (?:छोड़|छोड|बंद|लेना बंद|नहीं लूंगा|नहीं लूंगी|मत)@rest|(?:dawai|dawaiyan|ilaj|ilaaj|medicine|meds|tablets|treatment|chemo|doctor|hospital|therapy|insulin|dialysis) (?:chhod|chod|band|lena band|nahi lunga|nahi lungi|mat|ki zarurat nahi|ki jarurat nahi)@rest/;

/** Why someone might think faith replaces medicine. */
const FAITH_OVER_MEDICINE =
  /gita|geeta|krishna|krishn|kanha|god|faith|pray|praying|prayer|prayers|chant|chanting|bhakti|surrender|karma|fate|destiny|prarabdh|detach@rest|soul|atma|body is temporary|meditat@rest|yoga|pranayama|guru|swami|swamiji|bhagwan|ishwar|naam jap|prabhu|spiritual@rest|mantra|divine|will of god|miracle|heal|cure|trust|should i|can i|shall i|is it (?:ok|okay|fine|right|wise)|i (?:want|wanna|am going|will|have decided|decided|plan|am planning|am thinking)|kya (?:main|mai|mujhe)|chahiye|क्या (?:मैं|मुझे)|चाहिए|गीता|भगवान|कृष्ण|प्रार्थना|भक्ति|आत्मा/;

/** A death already past: grief, not a decision to stop. */
const GRIEF =
  /died|passed away|passed on|is no more|funeral|last rites|cremat@rest|गुजर|निधन|चल बसे|guzar gaye|nidhan/;

export const MISUSE_RULES: readonly MisuseRule[] = [
  // Using Arjuna's war as licence for violence against people in one's own life.
  { kind: 'harm-others', all: [SCRIPTURE, ASKING, VIOLENCE] },
  { kind: 'harm-others', all: [SCRIPTURE, GROUP_VIOLENCE] },
  // Ranking people by caste or gender.
  { kind: 'superiority', all: [GROUP, DEHUMANIZING], unless: [TARGETED] },
  {
    kind: 'superiority',
    all: [GROUP, SUBORDINATING],
    unless: [TARGETED, REPORTED, HONEST_QUESTION],
  },
  { kind: 'superiority', all: [RANKING_ASSERTED], unless: [TARGETED, REPORTED, HONEST_QUESTION] },
  { kind: 'superiority', all: [RANKING_ASSERTED_HI], unless: [TARGETED, REPORTED] },
  { kind: 'superiority', all: [RANKING_PRESUMED], unless: [TARGETED] },
  { kind: 'superiority', all: [GROUP, RANKING, PROVE], unless: [TARGETED] },
  // Contempt for other faiths.
  { kind: 'faith-contempt', all: [FAITH, FAITH_CONTEMPT], unless: [TARGETED] },
  { kind: 'faith-contempt', all: [FAITH_ASSERTED], unless: [TARGETED, REPORTED, HONEST_QUESTION] },
  { kind: 'faith-contempt', all: [FAITH_SUPREMACY], unless: [REPORTED, HONEST_QUESTION] },
  { kind: 'faith-contempt', all: [FAITH, FAITH_MILD, PROVE], unless: [TARGETED] },
  { kind: 'faith-contempt', all: [FAITH, INSULT], unless: [TARGETED] },
  // Stopping treatment in the name of faith, detachment or fate.
  { kind: 'stop-treatment', all: [STOP_TREATMENT, FAITH_OVER_MEDICINE], unless: [GRIEF] },
];
