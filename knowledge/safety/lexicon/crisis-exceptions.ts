/**
 * Phrases that contain crisis words and are not a crisis. A crisis match that overlaps one of
 * these is dropped; other matches in the same message still count, so "this exam is killing
 * me and I want to die" is still a crisis. Each group says why it is safe to let through.
 */
import type { ExceptionPattern } from './crisis-pattern.ts';

export const CRISIS_EXCEPTIONS: readonly ExceptionPattern[] = [
  // Dying of something that does not kill: embarrassment, laughter, boredom. "Shame" is left
  // out on purpose: people do mean it.
  {
    pattern:
      /(?:die|dying|died|dead) (?:of|from|with) (?:embarrassment|laughter|laughing|boredom|happiness|joy|cuteness|cringe|curiosity|excitement|jealousy|envy|heat|cold)/,
  },
  {
    pattern: /(?:die|dying|died|kill myself|killed myself|killing myself) (?:laughing|of laughter)/,
  },
  // Hair dye, not death.
  { pattern: /(?:dying|dyed|dye) (?:my|her|his|their|your) (?:hair|beard|clothes|shirt)/ },
  {
    pattern:
      /dead (?:tired|serious|sure|right|wrong|on|end|beat|meat|weight|zone|silence|set)|drop dead gorgeous|over my dead body/,
  },
  {
    pattern:
      /(?:dying|die) (?:to|for) (?:read|know|see|meet|try|go|hear|learn|eat|watch|visit|get|tell|share|ask)[^ .]*/,
  },
  // A good death at the end of a long life is a Gita question, not a wish to die now.
  {
    pattern:
      /(?:die|dying) (?:a )?(?:peaceful|good|natural|happy|noble|conscious|dignified) death|die (?:peacefully )?(?:when i am old|in old age|at an old age|one day|someday|after a long life)|(?:how to|how do i|how can i|how should i|how should one) die (?:well|with dignity|consciously|without fear|remembering)/,
  },
  // Dying to the ego: the saints' way of speaking, not a wish to die.
  {
    pattern:
      /(?:die|dying|death) to (?:the |my |our |your |one )?(?:ego|self|old self|small self|false self|lower self|world|desires|senses)|die before (?:you|we|i) die/,
  },
  // Killing what the Gita itself asks us to conquer: ego, desire, anger.
  {
    pattern:
      /kill (?:my|the|our|your|this|his|her) (?:ego|desire|desires|anger|mind|pride|lust|greed|attachment|attachments|time|boredom|hunger|senses|doubts|doubt|fear|fears|laziness|habit|habits|thoughts|expectations|ignorance|vibe|mood|buzz|false self|lower self|inner critic|procrastination|bad habits|cravings|craving)/,
  },
  // "I could kill myself for forgetting": anger at oneself, said as an idiom.
  {
    pattern:
      /(?:could|would|will|gonna|going to) (?:just )?kill myself for (?:forgetting|missing|not|being|that|this|doing|saying|buying|letting|losing|believing)/,
  },
  // Taking one's life back is the opposite of taking it.
  {
    pattern:
      /(?:take|taking|took) (?:back )?(?:my|this) life (?:back|in|into|to|forward|seriously|more seriously|in a new)/,
  },
  // The boss, the exam or a parent "will kill me": an everyday idiom. Partners are not here
  // (see `crisis-en.ts`): coming from a partner it can be literal.
  {
    pattern:
      /(?:boss|mom|mum|mother|dad|father|teacher|parents|coach|sir|maam|madam|principal|professor|manager|exam|exams|this|it|that|mummy|papa) (?:will|would|is going to|going to|gonna) (?:literally |actually |totally |seriously |definitely )?kill me/,
  },
  // "I don't want to be here anymore - at this job, I mean": a place, said right after.
  {
    pattern:
      /be here (?:anymore |any longer )?(?:at|in) (?:this|my|the) (?:job|company|office|college|school|city|house|town|place|team|relationship|marriage|country|class|course|hostel|flat|group|family business|department|village)/,
  },
  // Suicide compared across traditions, or studied: a topic, not a plan. A question about
  // suicide and the Gita alone is still heard as a crisis.
  {
    pattern:
      /suicide (?:compared (?:to|with)|in comparison (?:to|with)|versus|vs|in contrast (?:to|with))|(?:text|texts|view|views|tradition|traditions|philosopher|philosophers|stoics|thinkers|religions|scriptures|cultures|societies|hinduism|buddhism|christianity|islam|jainism) (?:view|views|treat|treats|see|sees|regard|regards|approach|approaches) suicide|(?:stoic|hindu|buddhist|christian|islamic|jain|vedic|religious|philosophical|ancient|greek|roman|japanese|western|eastern) (?:texts?|views?|thinkers?|philosophy|philosophers|ethics|perspectives?|scriptures?|traditions?|attitudes?) (?:on|about|of|regarding|towards|to) suicide|(?:essay|paper|assignment|thesis|dissertation|research|seminar|lecture|homework|project|class|course|debate) (?:(?!(?:i|me|my|myself|mujhe|main|am)(?![^ ]))[^ .]+ ){0,8}?suicide/,
  },
  // A grandparent at the end of a long life, at peace: acceptance, not a wish to die now.
  {
    pattern:
      /(?:grandfather|grandmother|grandpa|grandma|granny|nani|dadi|nana|dada) (?:[^ .]+ ){0,4}?ready to (?:die|go)/,
  },
  // Accidents.
  {
    pattern:
      /(?:cut|hurt|burned|burnt|injured|harmed|scratched|hit|bruised) (?:myself|my (?:finger|hand|arm|leg|foot|knee|thumb|head|wrist|back)) (?:(?:while|when|during) (?:i was |i am )?(?:cooking|chopping|cutting|shaving|playing|running|exercising|working out|cleaning|gardening|opening|fixing|riding|driving|climbing|lifting|i fell|i slipped|making)|by accident|accidentally|in the kitchen|at the gym|at gym|in a fall|in an accident|on (?:a|the) [^ .]+|falling|playing|cooking|shaving|chopping|badly in)/,
  },
  { pattern: /accidentally (?:cut|hurt|burned|burnt|injured|harmed|hit) (?:myself|my)/ },
  // Hurt by trusting someone: heartbreak, not injury.
  {
    pattern:
      /(?:hurt|hurting) myself by (?:trusting|believing|loving|expecting|caring|thinking|hoping|overthinking)/,
  },
  // Grief for someone who has already died by suicide. The bereaved need comfort, and still
  // get the crisis reply if they say they want to follow ("and I want to die too").
  {
    pattern:
      /(?<!(?:^| )(?:i|almost|nearly|to|will|would|should|might|may|could|can|going to) )(?:committed|commited|comitted|died by|died of|death by|lost (?:him|her|them|(?:my|our|a|his|her|their) [^ .]+) to) suicide/,
  },
  {
    pattern:
      /(?:killed|hanged|hung|shot|drowned) (?:himself|herself|themselves)|took (?:his|her|their) own li(?:fe|ves)|(?:his|her|their) suicide/,
  },
  { pattern: /suicide of (?:my|his|her|a|our) [^ .]+/ },
  // Suicide as a topic, not a plan: statistics, awareness work, war stories, the film.
  {
    pattern:
      /suicide (?:prevention|awareness|rate|rates|statistics|stats|bomb|bomber|bombers|bombing|bombings|squad|attack|attacks|mission|missions|king|doors)(?! (?:helpline|hotline|line|number|lifeline|centre|center))/,
  },
  // Overdosing on the harmless.
  {
    pattern:
      /(?:overdose|overdosed|overdosing) (?:on|of) (?:chocolate|coffee|sugar|caffeine|netflix|love|happiness|memes|anime|food|sweets|cake|motivation|spirituality|positivity|vitamin c)/,
  },
  // A curse thrown at someone else ("tujhe maut aa jaye") is anger, not a wish to die.
  { pattern: /(?:tujhe|tumhe|use|usko|unko|usse) maut (?:aa jaye|aa jaaye|aa jae|mil jaye)/ },
  { pattern: /(?:तुझे|तुम्हें|उसे|उसको) मौत (?:आ जाए|आ जाये|मिल जाए)/ },
  // Hinglish and Hindi idioms: "the boss/exam will take my life", "I'd give my life for you".
  {
    pattern:
      /(?:boss|exam|exams|teacher|mummy|mom|papa|dad|sir|kaam|padhai|garmi|thand|ye|yeh) (?:meri )?jaan (?:le lega|le legi|le lenge|le lega yaar|nikal)@rest/,
  },
  { pattern: /(?:liye|lie) jaan (?:de|hazir|haazir)@rest/ },
  // "Papa jaan se maar denge agar fail hua": a child's hyperbole about marks or lateness. A
  // threat tied to leaving or telling someone is not covered and still counts.
  {
    pattern:
      /(?:mummy|mumma|mom|papa|dad|boss|teacher|sir|maam|bhai) (?:[^ .]+ ){0,2}?jaan se maar (?:dega|degi|denge|dalega|dalegi|dalenge)(?= (?:agar|if) (?:[^ .]+ ){0,3}?(?:fail|late|der|result|marks|number|numbers|phone|tod|kharab|toota|tut))|(?<=(?:fail|late|der|result|marks|number|numbers|kharab)(?: [^ .]+){0,5} )(?:mummy|mumma|mom|papa|dad|boss|teacher|sir|maam|bhai) (?:[^ .]+ ){0,2}?jaan se maar (?:dega|degi|denge|dalega|dalegi|dalenge)/,
  },
  {
    pattern:
      /(?:मम्मी|पापा|बॉस|टीचर|सर) (?:[^ .]+ ){0,2}?जान से मार (?:देगा|देगी|देंगे|डालेगा|डालेगी|डालेंगे)(?= (?:अगर) (?:[^ .]+ ){0,3}?(?:फेल|लेट|देर|रिजल्ट|नंबर|फोन|टूट))/,
  },
  { pattern: /(?:लिए) जान (?:दे|हाजिर|हाज़िर)@rest/ },
  {
    pattern:
      /(?:बॉस|एग्जाम|परीक्षा|टीचर|मम्मी|पापा|काम|पढ़ाई|गर्मी|ये|यह) (?:मेरी )?जान (?:ले लेगा|ले लेगी|ले लेंगे|निकाल)@rest/,
  },
];
