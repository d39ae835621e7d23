/**
 * Shared fragments for the lexicons, written `@name` inside a pattern. Each is a plain regex
 * fragment over normalized text and may use other macros. Keeping people and verbs here means a
 * new relative ("stepdad") or a new verb form is added once for every pattern that needs it.
 */
export const MACROS: Readonly<Record<string, string>> = {
  /** One word; never crosses the "." between sentences. */
  w: '[^ .]+',
  /** The rest of a word ("suicid@rest" → suicide, suicidal). */
  rest: '[^ .]*',

  /** A word that is not one of the inner enemies the Gita itself asks us to fight. */
  inner:
    '(?!(?:ego|anger|lust|desire|desires|mind|senses|inner|pride|fear|fears|greed|doubt|' +
    'doubts|laziness|attachment|attachments|habit|habits|thoughts|weakness|weaknesses|own|' +
    'enemy|enemies)(?![^ ]))[^ .]+',

  /** A count written in digits, ten or more: "took 30 pills". */
  number: '[1-9][0-9]+',

  /** Up to three words of slack inside a phrase. */
  gap3: '(?:[^ .]+ ){0,3}',

  /** People close to the writer: who may be at risk, or who may be hurting them. */
  kin:
    'husband|wife|boyfriend|girlfriend|partner|ex|fiance|fiancee|father|dad|daddy|papa|' +
    'mother|mom|mum|mummy|mommy|brother|sister|son|daughter|baby|child|children|kid|kids|' +
    'family|uncle|aunt|aunty|auntie|cousin|grandfather|grandmother|grandpa|grandma|nephew|' +
    'niece|stepfather|stepdad|step father|step dad|stepmother|stepmom|step mother|' +
    'father in law|mother in law|brother in law|sister in law|in laws|inlaws|boss|manager|' +
    'teacher|professor|tutor|coach|neighbour|neighbor|landlord|roommate|flatmate|classmate|' +
    'colleague|coworker|friend|best friend|bestie|bully|senior|principal',

  /** Partners and in-laws: "my husband will kill me" is not the idiom "my boss will kill me". */
  partner:
    'husband|wife|boyfriend|girlfriend|partner|ex|fiance|fiancee|in laws|inlaws|' +
    'mother in law|father in law|brother in law|sister in law|sasural|sasural wale',

  /** Who hurts people at home or near it. */
  abuser:
    '(?:my|our|his|her|the) (?:@kin|employer|pimp|priest|guru|man|guy|men|stranger)|' +
    '@kin|employer|pimp|priest|guru|man|guy|men|stranger|someone|somebody|people|he|she|they',

  /** Who gets hurt. */
  victim:
    'me|us|my (?:mother|mom|mum|mummy|maa|sister|brother|kids|children|child|son|daughter|' +
    'baby|wife|husband|family|grandmother|grandma|niece|nephew|little brother|little sister|' +
    'younger brother|younger sister|friend)',

  /** Words that name a child; a match containing one sends child lines first. */
  childword:
    'child|children|kid|kids|son|daughter|baby|niece|nephew|little brother|little sister|' +
    'younger brother|younger sister|student|students|minor|toddler|little girl|little boy|' +
    'bachcha|bachchi|bacche|bachche|beta|beti|बच्चा|बच्ची|बच्चे|बेटा|बेटी',

  /** Ways of killing or hurting another person. */
  harmverb:
    'kill|killing|murder|murdering|stab|stabbing|shoot|shooting|strangle|strangling|choke|' +
    'choking|poison|poisoning|hurt|hurting|harm|harming|beat|beating|attack|attacking|burn|' +
    'burning|slap|slapping|punch|punching|hit|hitting|smash|bash|rape|torture|torturing|' +
    // "I will end him": ending a person, not a relationship (@person requires a person).
    'end|ending|' +
    'finish off|run over|throw acid on|pour acid on|' +
    'break (?:his|her|their) (?:legs|neck|face|bones|head)',

  /** Whom: a real person, not an ego, a habit or someone's feelings. */
  person:
    '(?:him|her|them|that (?:guy|man|woman|girl|boy|person|bastard|bitch|idiot|fucker|@w)|' +
    'this (?:guy|man|woman|girl|boy|person|bastard|bitch|idiot)|' +
    '(?:my|his|her|our) (?:@kin)|everyone|everybody|somebody|someone|people|all of them|' +
    'them all|the (?:guy|man|woman|boy|girl|teacher|boss|kids|children))' +
    '(?! (?:feelings|feeling|ego|pride|reputation|chances|career|image|heart|trust|business))',

  /** What a person with intent says before the act: "I want to", "I'm going to", "I'll". */
  intent:
    'want to|would like to|would love to|wish i could|need to|have to|must|might|may|' +
    'am going to|going to|will|shall|plan to|am planning to|planning to|intend to|' +
    'am about to|about to|am ready to|ready to|feel like|swear i will|swear to god i will|' +
    'am thinking of|thinking of|am thinking about|thinking about|have been thinking about|' +
    'keep thinking about|fantasize about|fantasise about|have urges to|have an urge to|' +
    'get urges to|am tempted to|am so close to|have decided to|decided to|could easily|' +
    // Planning the how is intent too: "I keep planning how to kill him".
    'planning how to|plan how to|plotting to|plotting how to|figuring out how to|' +
    'working out how to|thinking how to|thinking of ways to|looking for ways to|' +
    'looking up how to|researching how to',

  /** Quantities that turn "took pills" from routine into an overdose. */
  qty:
    'all|all of|all my|all the|too many|so many|a lot of|lots of|loads of|whole|a whole|' +
    'half a|half the|half my|' +
    'the whole|entire|an entire|the entire|bottle|bottles|strip|strips|box|packet|packets|' +
    'handful|a handful of|bunch|a bunch of|extra|double|triple|several|dozens|dozen|' +
    '[1-9][0-9]+|ten|fifteen|twenty|thirty|forty|fifty|hundred',

  /** Medicines people overdose on, by generic and common Indian/US/UK brand names. */
  drug:
    'pills|tablets|capsules|sleeping pills|sleeping tablets|paracetamol|paracetamols|' +
    'tylenol|acetaminophen|ibuprofen|painkillers|pain killers|meds|medicine|medicines|' +
    'medication|medications|antidepressants|benzos|xanax|valium|insulin|crocin|dolo|' +
    'alprax|calpol|aspirin|pill|tablet',

  /** Household and farm poisons: a very common method in India. */
  poison:
    'poison|bleach|rat poison|rat killer|pesticide|pesticides|insecticide|phenyl|phenol|' +
    'harpic|toilet cleaner|floor cleaner|kerosene|antifreeze|weed killer|weedkiller|cyanide|' +
    'acid|sulphas|celphos|rodenticide|organophosphate|mortein|baygon|hit spray',

  /** Hinglish "I" in its many spellings (also "in" for "mein"; harmless in these phrases). */
  main: 'main|mai|mein|me|mn|mai|maine|mene',

  /** Hinglish "I want": chahta/chahti hu, chahte hai. */
  chahta: 'chahta|chahti|chahte',
};
