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
  /gita|geeta|bhagavad|bhagwat|krishna|krishn|kanha|arjuna|arjun|kurukshetra|verses?|shlokas?|slokas?|shlok|chapter|adhyay|adhyaya|mahabharata|mahabharat|dharma|dharm|duty|duties|swadharma|karma|kshatriya|scriptures?|holy war|dharma yuddha|dharmayuddha|kartavya|farz|गीता|कृष्ण|अर्जुन|धर्म|कर्तव्य|महाभारत|कुरुक्षेत्र|अध्याय|श्लोक|क्षत्रिय/;

/**
 * Asking for scripture to back a claim, in any language: "give me the shloka", "श्लोक दो",
 * "gita se prove karo", "write me a post". A request for ammunition, not for understanding.
 */
const REQUEST_BACKING =
  /(?:सही|sahi) (?:ठहरा|thehra|theehra|thehara)@rest|(?:shlok|shloka|verse|verses) (?:dikhao|dikhaiye|dikhana)|(?:श्लोक|shlok|shloka|shlokas|sloka|verse|verses|quote|proof|saboot|सबूत) (?:[^ .]+ ){0,2}?(?:दो|दीजिए|बताओ|बताइए|चाहिए|do|dijiye|batao|bataiye|chahiye|send|bhejo)|(?:साबित|sabit|saabit|prove|justify|support) (?:करो|करें|कीजिए|हो|कर|karo|karein|kijiye|kar do|do)|(?:पोस्ट|post) (?:[^ .]+ )?(?:लिख|likh)@rest|write (?:me )?(?:a |an )?(?:post|message|article|tweet|essay|speech|caption|status)|explain to (?:my [^ .]+|them|him|her|people|everyone)|(?:tell|show|convince) (?:them|the boys|my (?:friends|family|cousins|relatives|wife|husband|brothers)|people|everyone) (?:why|that)|so (?:that )?(?:i|we) can (?:tell|show|convince|prove)/;

/** Asking for permission or announcing intent, in the first person. */
const ASKING =
  /(?:is it|it is|would it be|isnt it|is not it|was it) (?:my|our) (?:dharma|duty|right|karma|swadharma|kartavya)|(?:is it|is|it is|would it be|would) (?:my |our |a |the )?(?:dharma|duty|right|karma|swadharma|kartavya|righteous|just|justified|fair|sin) to|(?:ok|okay|fine|alright|right|allowed|wrong|a sin|sin) (?:for me |for us )?(?:if|when) (?:i|we)|kya (?:[^ .]+ ){0,3}?(?:sahi|theek|thik|dharm|farz|jaiz|jayaz|paap|galat|uchit)|(?:should|can|may|must|could|shall) (?:i|we)|(?:am|are) (?:i|we) (?:allowed|justified|permitted|right)|(?:allowed|justified|permitted|right|ok|okay|fine|wrong|sin|a sin) (?:for (?:me|us) )?to|(?:i|we) (?:want|need|have|plan|am going|will|must|should) to|i will|ill|i am going to|let me|(?:give|tell|show) me (?:a |the |some )?(?:verse|verses|shloka|shlokas|justification|reason|permission)|justify|justifies|permission|(?:does|would) (?:the gita|gita|krishna|dharma) (?:allow|permit|justify|approve|support|want)|like arjuna|as arjuna did|kya (?:main|mai|mujhe|hum)|(?:sahi|theek|thik|dharm|farz|kartavya) (?:hai|hoga) kya|(?:mera|meri|hamara|humara) (?:dharm|dharma|farz|kartavya)|chahiye|sakta|sakti|क्या (?:मैं|मुझे|हम)|(?:मेरा|हमारा) (?:धर्म|कर्तव्य|फर्ज)|चाहिए|सकता|सकती|सही है|(?:कोई |koi )?(?:पाप|paap|sin) (?:नहीं|nahi)|no sin in|not a sin to|(?:बदला|badla|revenge) (?:लेना|lena|is|taking) (?:[^ .]+ )?(?:धर्म|dharm|dharma|righteous|justified|sahi|सही|कर्तव्य|farz|kartavya|duty)|karne wal[ai] hu|करने वाला हूं|करने वाली हूं|(?:i|we) (?:should|must|can|may|shall)(?: not)?/;

/** Hurting a real person, or taking revenge. */
const VIOLENCE =
  /(?:kill|killing|killed|murder|murdering|beat|beating|beat up|hit|hitting|slap|slapping|hurt|hurting|harm|harming|attack|attacking|stab|stabbing|shoot|shooting|burn|burning|destroy|destroying|eliminate|finish|finish off|torture|rough up|roughing up|thrash|thrashing|bash|bashing|smash) (?:him|her|them|mine|my own|my @inner|his @inner|that @w|this @w|those @w|these @w|people|someone|somebody|the (?:man|guy|woman|person|people)|everyone|all of them|my enemies|my enemy|enemies|the enemy|the person who)(?! (?:feelings|ego|pride|reputation|career|business|like|within|inside|of the mind|in the form|in my mind))|rough (?:him|her|them) up|teach (?:him|her|them|that [^ .]+) a lesson|make (?:him|her|them) (?:pay|suffer)|break (?:his|her|their) (?:legs|arms|bones|hands|face|head|neck)|sabak sikha@rest|सबक सिखा@rest|(?:haath|hath|pair|haath pair|hath pair|taang|haddi|haddiyan|sar|munh) (?:tod|todh|todne|todna|tor)@rest|(?:हाथ|पैर|हाथ पैर|टांग|हड्डी|हड्डियां|सिर|मुंह) (?:तोड़|तोड|तोड़ने|तोड़ना|तोडने)@rest|revenge|avenge|vengeance|badla|badle|pratishodh|प्रतिशोध|बदला|(?:usko|use|unko|usse|uski|unki|isko|ise|inko|inhe|unhe) (?:maar|maarna|maarne|peet|peetna|pitai|khatam|qatl|khoon|sabak)|(?<!(?:ahankar|ahankaar|ego|gusse|gussa|krodh|kaam|lobh|moh|mann|man|ichha|ichhaon|icchaon|indriyon|buraiyon|burai|aalas|dar|darr|mind|apne aap|khud) )ko (?:maarna|maarne|peetna|peetne|pitai|thokna|thokne)|(?<!(?:अहंकार|क्रोध|काम|लोभ|मोह|मन|इच्छाओं|इंद्रियों|बुराई|आलस|डर|खुद) )को (?:मारना|मारने|पीटना|पीटने|पिटाई)|(?:उसे|उसको|उन्हें|उसकी|उनकी) (?:मार|मारना|मारने|पीट|पीटना|पिटाई|खत्म|कत्ल|खून|सबक)/;

/** A whole community as a target. */
const GROUP_VIOLENCE =
  /(?:kill|killing|wipe out|wiping out|destroy|destroying|exterminate|attack|attacking|drive out|cleanse|finish) (?:all )?(?:the )?(?:muslims|christians|hindus|sikhs|jews|dalits|infidels|non believers|non hindus|kafirs|mlecchas|enemies of dharma|those people|them all)|(?:muslims|christians|hindus|sikhs|jews|dalits|infidels|kafirs|mlecchas) (?:should|must|deserve to) (?:be killed|die|be wiped out|be destroyed)/;

const CASTE =
  /brahmins?|brahmans|kshatriyas?|vaishyas?|shudras?|sudras?|shudron|dalits?|dalito|dalit log|untouchables?|शूद्रों|दलितों|ब्राह्मणों|(?:lower|upper|high|low|higher|other|my|our|their|his|her) castes?|low born|lowborn|high born|savarna|avarna|jaati|jati|ब्राह्मण|शूद्र|दलित|(?:नीची|ऊंची|छोटी|बड़ी) (?:जाति|जात)|(?:neechi|nichi|oonchi|unchi|choti|chhoti|badi) (?:jaati|jati|caste|jaat|jat)/;

const GENDER =
  /women|woman|girls|females|female|wives|ladies|daughters|betiyan|betiyon|बेटियों|बेटियां|aurat|auratein|auraton|ladki|ladkiyan|ladkiyon|mahila|mahilayen|mahilaon|striyan|striyon|stri|स्त्री|स्त्रियां|स्त्रियों|औरत|औरतें|औरतों|महिला|महिलाएं|महिलाओं|लड़की|लड़कियां|लड़कियों/;

/** Words that rank people's worth; a question about them can be honest ("are women inferior?"). */
const RANKING =
  /superior|inferior|better than|lower than|higher than|lower|higher|low|beneath|lesser|less intelligent|less worthy|unworthy|deserve less|not equal|below men|weaker|neech|nich|neeche|niche|nimn|ooncha|uncha|oonchi|unchi|shreshth|shresth|श्रेष्ठ|नीच|हीन|नीचे|निम्न/;

/** Subordination: an honest question can still ask about it ("should wives obey?"). */
const SUBORDINATING =
  /(?:ka|ki|ke) (?:kaam|dharm|dharma|farz) (?:sirf |bas |keval )?(?:seva|gulami|ghulami)|(?:का|की|के) (?:काम|धर्म) (?:सिर्फ |केवल )?(?:सेवा|गुलामी)|born to serve|should serve|must serve|meant to serve|only to serve|should obey|must obey|servants of|should stay at home|should not (?:work|study|be educated)|should (?:listen to|follow|be ruled by|be controlled by) (?:their )?(?:men|husbands|fathers|brothers)|(?:ki |ka )?(?:baat|hukum|aagya|aadesh) (?:maanni|manni|maanna|manna|maane|maanein) (?:chahiye|padegi|hogi)|(?:mardon|aadmiyon|patiyon|pati) (?:ki|ka) (?:seva|gulami|ghulami) (?:karni|karna) chahiye|(?:पुरुषों|मर्दों|पति|पतियों) (?:की )?(?:बात|आज्ञा|सेवा) (?:माननी|मानना|करनी|करना) चाहिए/;

/**
 * Keeping a group out of temples, scripture, liberation or public life: "dalits can't reach
 * moksha", "neechi jaat walo ko mandir mein nahi aane dena chahiye", "लड़कियों को बाहर नहीं
 * जाने देना चाहिए". Only with scripture named, so a parent's worry about safety is not read
 * as a claim about the Gita.
 */
const EXCLUDING =
  /(?:cannot|can not|can never|are not allowed to|should not be allowed to|should not|must not|should never|do not deserve to|are unfit to|are not fit to|are not eligible to|are barred from) (?:reach|attain|get|achieve|read|enter|study|chant|learn|recite|touch|worship|go to|become|be)? ?(?:moksha|liberation|mukti|the vedas|vedas|the gita|gita|temples?|god|enlightenment|heaven|priests?|scriptures?|outside|out alone)|(?:nahi|na) (?:aane|jaane|padhne|ghusne|baithne|chhune|nikalne) (?:dena|dene|diya jaana|denge)|(?:padhna|padhai karna|naukri karna|kaam karna|bahar jaana|vedas padhna) (?:nahi|na) (?:chahiye|dena chahiye)|(?:naukri|padhai|kaam) (?:nahi|na) (?:karni|karna) chahiye|(?:पढ़ना|पढ़ाई करना|नौकरी करना|बाहर जाना) (?:नहीं|न) (?:चाहिए)|(?:नहीं|न) (?:आने|जाने|पढ़ने|घुसने|बैठने|छूने|निकलने) (?:देना|दें|दिया जाना)/;

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
  /islam|muslims?|musalman|musalmaan|mussalman|christians?|christianity|jesus|allah|bible|quran|koran|sikhs?|sikhism|buddhists?|buddhism|jains?|jainism|jews?|judaism|atheists?|non hindus|other religions?|other faiths?|mlecchas?|yavanas?|kafirs?|infidels?|मुसलमान|मुस्लिम|इस्लाम|ईसाई|सिख|(?:अन्य|दूसरे|बाकी|बाकी सब) (?:धर्म|धर्मों)|isai|eesai|(?:dusre|doosre|anya|baaki|baki|baaki sab|baki sab) (?:dharm|dharma|dharmo|majhab|mazhab|religions?)/;

/** Disagreement words: a question about them is honest ("is Islam wrong?"). */
const FAITH_MILD =
  /wrong|false|fake|inferior|lower|misguided|deluded|ignorant|lies|liars?|galat|jhoothe|jhootha|jhutha|गलत|झूठा|झूठे|hate|hatred|nafrat|नफरत/;

/** Contempt: demons, hell, fools. Never an honest premise. */
const FAITH_CONTEMPT =
  /evil|demons?|demonic|asuras?|asur|asuric|asuri|आसुरी|barbarians?|barbaric|savages?|uncivili[sz]ed|rakshas|rakshasa|fools|stupid|going to hell|go to hell|burn in hell|deserve hell|satanic|worthless|destroyed|wiped out|enemies of|narak|nark|राक्षस|असुर|नर्क|नरक/;

/** Asking for ammunition against a faith: "gita verses against christians". */
const AGAINST_FAITH =
  /(?:verses?|shlokas?|shlok|quotes?|proof|arguments?) (?:against|to (?:insult|attack|defeat|destroy|shut up|humiliate))|(?:door|dur) (?:rehna|rahna) chahiye|(?:दूर) (?:रहना) (?:चाहिए)|should (?:avoid|stay away from|not mix with|boycott|not marry)|boycott/;

const FAITH_ASSERTED = new RegExp(
  `(?:${FAITH.source}) (?:is|are|were) (?:all )?(?:(?:clearly|obviously|definitely|completely|totally) ){0,3}(?:${FAITH_MILD.source})`,
);

/** "Hinduism is the only true religion": supremacy over every other path. */
const FAITH_SUPREMACY =
  /(?:hinduism|hindu dharma|sanatan|sanatana dharma|sanatan dharma|our religion|our dharma|vedic religion|hindus) (?:is|are) (?:the )?(?:only (?:true|real|right)|superior|better|higher|greatest)|superior to (?:all )?(?:other religions|islam|christianity|every other)|only (?:hindus|we|sanatanis|our people|our religion) (?:are|is) (?:civili[sz]ed|saved|pure|true|righteous|human|cultured|going to heaven)|(?:everyone else|everybody else|all others|non hindus) (?:is|are) (?:all )?(?:mlecchas?|kafirs?|infidels?|barbarians?|savages?|uncivili[sz]ed)/;

/** Turning scripture into a weapon against people of another faith. */
const INSULT = /insult|mock|humiliate|ridicule|shame|make fun of|destroy (?:them|their)/;

/** Asking the Gita to prove a ranking or a contempt: a request, not a question. */
const PROVE =
  /prove|proves|proof|justify|justifies|show me|give me|tell me why|explain why|quote|verses? (?:that|which|to|proving|showing|against)|shlokas? (?:that|which|to|against)|use the gita|using the gita|use gita|refute|debunk|insult|mock|humiliate/;

/** Honest question openers: "does the Gita say…", "what does…", "is it true…". */
const HONEST_QUESTION =
  /^(?:does|do|did|is|are|was|were|what|how|where|which|who|can|could|would|kya|क्या|i want to understand|help me understand|please explain|i am confused)(?= |$)|kya (?:ye|yeh|yah|ye baat|yeh baat) (?:sach|sahi|true|theek) hai|क्या (?:ये|यह) (?:बात )?(?:सच|सही) है|is (?:that|this|it) (?:true|right|correct|what the gita says)|(?:does|do|did) (?:the )?(?:gita|geeta|krishna|scriptures?|hinduism|vedas) (?:really |actually )?(?:say|teach|mean|think|believe|consider|claim|hold|view|see)/;

/**
 * Letting Krishna carry the blame: "be a mere instrument", "they are already slain", "it's
 * really God doing it". Honest Gita themes (11.33), turned into cover for hurting someone.
 */
const NOT_MY_DOING =
  /instrument|nimitta|nimit|निमित्त|already (?:slain|killed|dead)|(?:god|krishna|bhagwan|he) (?:is )?(?:really |actually )?(?:doing it|the doer|who does it|acting through me)|not (?:me|i) (?:doing it|who does it)|(?:i am )?not the doer|(?:main|mai) karta nahi|मैं कर्ता नहीं/;

/** Casting people in one's own life as the Kauravas: "mere cousins hi mere kaurav hain". */
const MY_KAURAVAS =
  /(?:my|mere|meri|hamare|our|मेरे|हमारे) (?:own )?(?:kauravas?|kaurav|duryodhana|duryodhan|shakuni|dushasana|dushasan|कौरव|दुर्योधन|शकुनि)|(?:are|is|hain|hai) (?:like )?(?:the )?(?:kauravas?|kaurav|duryodhana|duryodhan)(?= \.|$| to me| for me| in my life)/;

/** The writer is the one being ranked or scorned: they need comfort, not a correction. */
const TARGETED =
  /treats? (?:me|us) (?:as|like)|treated (?:me|us) (?:as|like)|calls? (?:me|us)|called (?:me|us)|(?:me|us) feel|discriminat@rest|because i am (?:a )?(?:dalit|woman|girl|shudra|muslim|christian)|i am (?:a )?(?:dalit|shudra|woman|girl|muslim|christian|sikh)|told me (?:i am|that i am)|say (?:i am|we are)/;

/** Someone else holds the view and the writer is wondering how to answer it. */
const REPORTED =
  /(?:dost|papa|mummy|log|sab|relatives|rishtedar|rishtedaar|saas|pati|teacher|uncle|chacha) (?:[^ .]+ ){0,2}?(?:kehte|kehti|kehta|bolte|bolti|bolta|bola|boli|ka kehna|maante|maanti)|(?:दोस्त|पापा|मम्मी|लोग|रिश्तेदार|सास|पति|टीचर) (?:[^ .]+ ){0,2}?(?:कहते|कहती|कहता|बोलते|बोला|बोली|मानते)|(?:my|people|they|he|she|someone|relatives|society|in laws|family|father|mother|husband|wife|friends?|uncle|aunt|boss|colleagues?) (?:[^ .]+ ){0,2}?(?:think|thinks|say|says|said|believe|believes|claim|claims|told me|tell me|keep saying|keeps saying)|how (?:do|should|can) i (?:respond|answer|reply|deal|cope|handle|explain|argue)/;

/** Stopping treatment, in the words people use for it. */
const STOP_TREATMENT =
  /(?:stop|stopping|stopped|quit|quitting|leave|leaving|give up|giving up|gave up|off|skip|skipping|discontinue|discontinuing|throw away|come off|get off|go off|taper off|refuse|refusing|refused|avoid|avoiding|ditch|drop|dropping|not take|no longer take|do not need|dont need|no need for|no need of|instead of|rather than|replace|replacing|without) (?:(?:taking|my|the|all|all my|these|those|this|our|his|her|any|going to the|seeing a|seeing my|visiting the) ){0,3}(?:[^ .]+ )?(?:medicine|medicines|medication|medications|meds|pills|tablets|treatment|treatments|therapy|chemo|chemotherapy|radiation|insulin|dialysis|antidepressants?|lithium|antipsychotics?|surgery|operation|doctor|doctors|hospital|psychiatrist|counselling|counseling|therapist|inhaler|bp medicine|thyroid medicine|vaccine|vaccines|vaccination|transplant)|(?:दवा|दवाई|दवाइयां|इलाज|कीमो|डॉक्टर|अस्पताल|थेरेपी|इंसुलिन) (?:छोड़|छोड|बंद|लेना बंद|नहीं लूंगा|नहीं लूंगी|मत)@rest|(?:dawai|dawaiyan|ilaj|ilaaj|medicine|meds|tablets|treatment|chemo|doctor|hospital|therapy|insulin|dialysis) (?:chhod|chod|band|lena band|nahi lunga|nahi lungi|mat|ki zarurat nahi|ki jarurat nahi)@rest/;

/** Why someone might think faith replaces medicine. */
const FAITH_OVER_MEDICINE =
  /(?:body|sharir|shareer|deh|शरीर) (?:is |to |toh |तो )?(?:only |just )?(?:temporary|nashwar|नश्वर|mortal|perishable|mitti|मिट्टी|anitya|अनित्य)|(?:kar|chhod|band kar) (?:du|dun|doon)|kya (?:[^ .]+ ){0,3}?(?:chhod|band)|gita|geeta|krishna|krishn|kanha|god|faith|pray|praying|prayer|prayers|chant|chanting|bhakti|surrender|karma|fate|destiny|prarabdh|detach@rest|soul|atma|body is temporary|meditat@rest|yoga|pranayama|guru|swami|swamiji|bhagwan|ishwar|naam jap|prabhu|spiritual@rest|mantra|divine|will of god|miracle|heal|cure|trust|should i|can i|shall i|is it (?:ok|okay|fine|right|wise)|i (?:want|wanna|am going|will|have decided|decided|plan|am planning|am thinking)|kya (?:main|mai|mujhe)|chahiye|क्या (?:मैं|मुझे)|चाहिए|गीता|भगवान|कृष्ण|प्रार्थना|भक्ति|आत्मा|भजन|पूजा|जप|मंत्र|श्रद्धा|विश्वास|ईश्वर|bhajan|pooja|puja|jaap|shraddha|vishwas|bharosa/;

/**
 * The doctor in the loop ("my doctor said I can stop chemo now", "asking my doctor
 * tomorrow"): a question for them, not a plan to go without them.
 */
const DOCTOR_SAYS =
  /(?:doctor|doctors|dr|oncologist|psychiatrist|physician|daktar|डॉक्टर) (?:[^ .]+ ){0,3}?(?:said|says|told|advised|asked|recommended|ne kaha|ne bola|kehte|ने कहा|कहते)|(?:ask|asking|consult|consulting|check with|checking with|talk to|speak to|see) (?:my |the |a )?(?:doctor|psychiatrist|physician|oncologist)/;

/**
 * The Mahabharata's own killings asked about: "kya arjun ka bhishma ko maarna sahi tha?".
 * The target is a figure of the story, and the writer does not speak of themselves anywhere
 * in the message ("like Arjuna killed his cousins, I will kill mine" is not a story question).
 */
const STORY_KILLING =
  /^(?!.*(?<![^ ])(?:i|me|my|mine|main|mai|mujhe|mera|meri|mere|मैं|मुझे|मेरा|मेरी|मेरे)(?![^ ])).*?(?:(?:bhishma|bheeshma|bhishm|pitamah|drona|dronacharya|karna|karn|duryodhan|duryodhana|kauravon|kauravo|kauravas|jayadrath|jayadratha|ashwatthama|kans|kansa|shishupal|ravan|ravana|gurujanon|भीष्म|द्रोण|द्रोणाचार्य|कर्ण|दुर्योधन|कौरवों|कंस|रावण|जयद्रथ) (?:ko|को) (?:maarna|maarne|maara|mara|मारना|मारने|मारा)|(?:kill|killing|killed|slay|slaying|slew|fight|fighting) (?:bhishma|drona|karna|duryodhana|jayadratha|his (?:teachers|relatives|cousins|grandsire|guru|kinsmen|elders)))/;

/** A death already past: grief, not a decision to stop. */
const GRIEF =
  /died|passed away|passed on|is no more|funeral|last rites|cremat@rest|गुजर|निधन|चल बसे|guzar gaye|nidhan/;

export const MISUSE_RULES: readonly MisuseRule[] = [
  // Using Arjuna's war as licence for violence against people in one's own life.
  { kind: 'harm-others', all: [SCRIPTURE, ASKING, VIOLENCE], unless: [STORY_KILLING] },
  { kind: 'harm-others', all: [SCRIPTURE, GROUP_VIOLENCE] },
  { kind: 'harm-others', all: [SCRIPTURE, REQUEST_BACKING, VIOLENCE], unless: [STORY_KILLING] },
  { kind: 'harm-others', all: [SCRIPTURE, NOT_MY_DOING, VIOLENCE], unless: [STORY_KILLING] },
  { kind: 'harm-others', all: [MY_KAURAVAS, ASKING] },
  { kind: 'harm-others', all: [MY_KAURAVAS, REQUEST_BACKING] },
  // Ranking people by caste or gender.
  { kind: 'superiority', all: [GROUP, DEHUMANIZING], unless: [TARGETED] },
  {
    kind: 'superiority',
    all: [GROUP, SUBORDINATING],
    unless: [TARGETED, REPORTED, HONEST_QUESTION],
  },
  { kind: 'superiority', all: [RANKING_ASSERTED], unless: [TARGETED, REPORTED, HONEST_QUESTION] },
  {
    kind: 'superiority',
    all: [RANKING_ASSERTED_HI],
    unless: [TARGETED, REPORTED, HONEST_QUESTION],
  },
  {
    kind: 'superiority',
    all: [GROUP, EXCLUDING, SCRIPTURE],
    unless: [TARGETED, REPORTED, HONEST_QUESTION],
  },
  { kind: 'superiority', all: [RANKING_PRESUMED], unless: [TARGETED] },
  { kind: 'superiority', all: [GROUP, RANKING, PROVE], unless: [TARGETED] },
  { kind: 'superiority', all: [GROUP, RANKING, REQUEST_BACKING], unless: [TARGETED] },
  // Contempt for other faiths.
  { kind: 'faith-contempt', all: [FAITH, FAITH_CONTEMPT], unless: [TARGETED] },
  { kind: 'faith-contempt', all: [FAITH_ASSERTED], unless: [TARGETED, REPORTED, HONEST_QUESTION] },
  { kind: 'faith-contempt', all: [FAITH_SUPREMACY], unless: [REPORTED, HONEST_QUESTION] },
  { kind: 'faith-contempt', all: [FAITH, FAITH_MILD, PROVE], unless: [TARGETED] },
  { kind: 'faith-contempt', all: [FAITH, FAITH_MILD, REQUEST_BACKING], unless: [TARGETED] },
  { kind: 'faith-contempt', all: [FAITH, INSULT], unless: [TARGETED] },
  {
    kind: 'faith-contempt',
    all: [FAITH, AGAINST_FAITH, SCRIPTURE],
    unless: [TARGETED, HONEST_QUESTION],
  },
  // Stopping treatment in the name of faith, detachment or fate.
  {
    kind: 'stop-treatment',
    all: [STOP_TREATMENT, FAITH_OVER_MEDICINE],
    unless: [GRIEF, DOCTOR_SAYS],
  },
];
