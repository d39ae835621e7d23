/**
 * English crisis phrases. Written against the normalized form: contractions are expanded
 * ("don't" → "do not", "I'm" → "i am", "wanna" → "want to"), so one line covers both.
 *
 * Bias: recall. A false alarm costs one gentle check-in and a list of helplines; a miss can
 * cost a life. Precision comes from requiring the writer's own voice ("I", "myself") and from
 * the exceptions in `crisis-exceptions.ts`, not from leaving phrases out.
 */
import type { CrisisPattern } from './crisis-pattern.ts';

const SUICIDAL: readonly CrisisPattern[] = [
  // The word itself, in any form. A negation just before cancels ("not suicidal"); a question
  // does not, because people often ask sideways first ("is suicide a sin?").
  { category: 'suicidal', pattern: /suicide|suicides|suicidal|suicidality/, negation: 'both' },
  // Killing oneself, by any verb.
  {
    category: 'suicidal',
    pattern:
      /(?:kill|killing|killed|hang|hanging|hanged|shoot|shooting|drown|drowning|off|offing|electrocute|electrocuting|suffocate|suffocating|stab|stabbing|end|ending) myself/,
  },
  // Someone else's life at risk, said the same way.
  {
    category: 'suicidal',
    pattern:
      /(?:kill|killing|hang|hanging|shoot|shooting|drown|drowning|end|ending) (?:himself|herself|themselves)/,
    concern: 'other',
  },
  {
    category: 'suicidal',
    pattern: /(?:end|ending|ended|take|taking|took) (?:my|this) (?:own )?life/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:want to|going to|will|need to|have to|ready to|decided to|planning to|plan to|about to) (?:just )?end it(?= \.|$| now| tonight| today| already| here| soon| forever)/,
  },
  {
    category: 'suicidal',
    pattern:
      /end (?:it all|everything|it tonight|it right now|it now|it today|it forever|it for good|it once and for all|my existence|this existence)/,
  },
  // Wanting to die. "Going to die" is left out: it is what people say about exams and illness.
  {
    category: 'suicidal',
    pattern:
      /(?:want|wants|wanted|wanting|wish|wishes|wishing|ready|deserve|deserves|plan|planning|need|prefer|long|longing|praying|pray|hope|hoping|decided|decide|chosen|choose|chose|intend|intending|mean|tried|trying|attempted|cannot wait|could not wait) to die/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:feel|feels|feeling|felt) like (?:dying|death|ending it|ending my life|killing myself|disappearing|not existing|not being alive|giving up on life)/,
  },
  { category: 'suicidal', pattern: /i (?:should|must) (?:just )?(?:die|be dead)/ },
  {
    category: 'suicidal',
    pattern:
      /wish i (?:could die|would die|died|was dead|were dead|had died|had been dead|was never born|were never born|had never been born|was not born|had not been born|never existed|did not exist|was not alive|were not alive|could disappear|could vanish|was gone|were gone|could just die|would just die|could just disappear|could just vanish|could sleep forever|could stop existing|could stop living|could just stop existing|could not exist|could fall asleep forever)/,
  },
  {
    category: 'suicidal',
    pattern: /wish i (?:had )?never (?:been born|existed|woke up|wake up)/,
  },
  // Implicit: "better off without me", "nobody would miss me".
  {
    category: 'suicidal',
    pattern:
      /better off (?:dead|without me|if i (?:was|were|am|had) (?:dead|gone|not here|never born|not around|never been born))/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:would|will|is|are|be) (?:so much |much |a lot |all |a )?(?:better|happier|fine|okay|ok|easier|relieved|free|nicer|safer) (?:off |place |world )?without me/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:better|happier|easier|relieved|free) (?:off )?(?:for (?:everyone|everybody|them|my family|all of them|all) )?if i (?:just )?(?:die|died|was dead|were dead|was gone|were gone|disappeared|did not exist|was not here|were not here|was not around|were not around|was not alive|had never been born|never existed)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:no one|nobody|none of them) (?:would|will|is going to) (?:even |really )?(?:miss me|care if i (?:die|died|was gone|were gone|disappear|disappeared|was dead|left)|notice if i (?:die|died|was gone|were gone|disappear|disappeared|was dead|left)|come to my funeral|cry if i (?:die|died))/,
  },
  // Not wanting to live. The negation is the meaning here, so none cancels it; "live" must
  // end the thought ("I don't want to live in Delhi" is not this).
  {
    category: 'suicidal',
    pattern:
      /(?:do not|does not|did not|no longer|never|not) (?:really |even |actually |honestly )?(?:want|wanna|wish|feel like|care|see the point) to (?:be alive|exist|wake up|stay alive|survive|see tomorrow|keep living|keep going anymore|go on living|continue living|be here anymore|be here any longer|be in this world|be on this earth|breathe|live(?= \.|$| anymore| any longer| like this| another day| without| in this world| on this earth| this life| this way| with this| after| now| now| either))/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /(?:do not|does not|no longer|never|not) (?:really |even )?(?:want|wanna) to go on(?= \.|$| anymore| like this| living| with (?:my )?life)/,
    negation: 'none',
  },
  // Not waking up.
  {
    category: 'suicidal',
    pattern:
      /(?:hope|wish|pray|praying|hoping) (?:that )?i (?:do not|never|will not|would not|dont) wake up/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /(?:sleep|go to sleep|fall asleep|close my eyes) and (?:never|not) (?:wake up|open them|open my eyes)/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern: /never (?:want to )?wake up (?:again|tomorrow)/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /(?:want to|wish i could|just|go to|fall|to) sleep (?:forever|for ever|permanently|and never wake)/,
  },
  // Leaving the world, said plainly: "I'm leaving this world tonight".
  {
    category: 'suicidal',
    pattern:
      /(?:leaving|leave|left|quitting|exiting) this (?:world|earth|life|planet)(?= \.|$| tonight| today| now| soon| forever| for good| tomorrow)/,
  },
  // A death with a date on it: "before I die tonight".
  {
    category: 'suicidal',
    pattern:
      /before i (?:die|end it|end my life|kill myself|am gone) (?:tonight|today|tomorrow|this week|this weekend)/,
  },
  // Never heard from again.
  {
    category: 'suicidal',
    pattern:
      /(?:last time|the last) (?:you|anyone|anybody) (?:will )?(?:ever )?(?:hear|hears) from me|(?:you|no one|nobody) will (?:never|not) (?:ever )?hear from me again/,
    negation: 'none',
  },
  // No reason to live. "The purpose of life" is a Gita question, so bare "life" is not here.
  {
    category: 'suicidal',
    pattern:
      /no (?:reason|point|purpose|will|desire|meaning|use|hope|motivation|wish) (?:left )?(?:to|in|of|for) (?:live|living|go on|going on|being alive|be alive|stay alive|staying alive|keep going|keep living|continue living|carry on|carrying on|exist|existing|wake up|waking up)/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /what is the (?:point|use) (?:of|in) (?:living|being alive|going on|waking up|trying anymore|life anymore|my life|anything anymore|carrying on|staying alive|me being alive)/,
  },
  {
    category: 'suicidal',
    pattern:
      /life is (?:not worth living|not worth it anymore|worthless|pointless|meaningless|a burden|not worth it)(?= \.|$| anymore| to me| for me)/,
    negation: 'none',
  },
  // Cannot go on.
  {
    category: 'suicidal',
    pattern:
      /(?:cannot|could not|can no longer|unable to) (?:live like this|live anymore|live with this|live with myself|keep living|stay alive|continue living|go on living|live another day|survive another day|cope anymore|bear to live|take (?:it|this|this life|life|the pain|this pain|my pain|it all|all this|this torture|this suffering|any more of this) anymore|do this anymore|bear (?:it|this|this life|the pain|this pain) anymore|handle (?:it|this|life) anymore|go on(?= \.|$| anymore| like this| living| with (?:my )?life)|carry on(?= \.|$| anymore| like this)|keep going(?= \.|$| anymore| like this))/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /(?:tired|sick|exhausted|fed up|weary) of (?:living|life|being alive|existing|this life|my life|waking up|breathing)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:done|finished) with (?:life|living|this life|my life|being alive|existing|this world)/,
  },
  {
    category: 'suicidal',
    pattern: /(?:give|giving|gave|given) up on (?:life|living|my life|everything|myself)/,
  },
  { category: 'suicidal', pattern: /(?:hate|hating) (?:being alive|living|existing)/ },
  // Saying goodbye, making arrangements.
  {
    category: 'suicidal',
    pattern:
      /(?:this is|consider this|here is|these are|this will be|tonight is|today is|tonight will be|today will be) (?:my )?(?:last|final) (?:message|goodbye|words|post|text|letter|note|day|night)|my (?:last|final) (?:night|day) (?:on earth|alive|here|in this world)/,
  },
  { category: 'suicidal', pattern: /this is (?:my )?(?:final |last )?goodbye/ },
  {
    category: 'suicidal',
    pattern:
      /(?:saying|say|to say|said) (?:my )?(?:final |last )?goodbyes?(?: to (?:everyone|everybody|you all|all of you|the world|this world|my family|everything|you))?(?= \.|$| forever| for the last time| one last time| before i go| before i leave this)|(?:saying|said|have said|said my) (?:my )?(?:final |last )?goodbyes? to (?:everyone|everybody|all of you|the world|this world|my family|my parents|my friends|the people i love)/,
  },
  {
    category: 'suicidal',
    pattern:
      /goodbye (?:forever|world|cruel world|everyone|everybody|all of you|my friends|my family)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:will not|may not|might not|wont|not going to|am not going to) be (?:here|around|alive) (?:anymore|much longer|for long|after tonight|by tomorrow|tomorrow|by morning|by the morning|next week|to see|to bother|to annoy|to trouble|to burden)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:will not|will no longer|wont|never|not going to) be (?:a|your|their|anyone|anyones) (?:burden|problem|trouble|headache)(?: (?:to|for|on) (?:anyone|you|them|anybody|you all|everyone|my family|my parents))? (?:anymore|much longer|for much longer|for long|for any longer|soon|again)/,
  },
  // Soon no one will have to carry them: "you won't have to worry about me much longer".
  {
    category: 'suicidal',
    pattern:
      /(?:will not|wont|will never|do not|will no longer) (?:have to|need to) (?:worry|deal|put up|bother) (?:about|with) me (?:anymore|much longer|for much longer|for long|soon|again|after (?:today|tonight|this))/,
  },
  // An exit named: "the next train is my way out". "My way out of poverty" is not this.
  {
    category: 'suicidal',
    pattern: /(?:is|as|will be) my (?:only )?(?:way out|exit|escape)(?= \.|$| now| tonight| today)/,
  },
  // Researching the method: "how long it takes to bleed out".
  {
    category: 'suicidal',
    pattern:
      /how (?:long|much time) (?:does it take|it takes|would it take|will it take|to) (?:to )?(?:bleed out|die|drown|suffocate|lose consciousness|pass out and die)/,
  },
  // No future with oneself in it.
  {
    category: 'suicidal',
    pattern:
      /(?:cannot|can not|do not|could not) (?:see|imagine|picture) myself (?:alive|living|here|around|being alive) (?:next|in|by|after|a year|much longer)/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /life (?:has|holds) no (?:meaning|purpose|point|value)(?: left)?(?: for me)?(?= \.|$| anymore| for me| now)/,
    negation: 'none',
  },
  // A night chosen: "tonight I go."
  {
    category: 'suicidal',
    pattern:
      /(?:tonight|today) i (?:go|leave|die|do it|end it|end this)(?= \.|$| for good| forever| quietly)/,
  },
  // Everyone told, through someone else, that I'm sorry.
  {
    category: 'suicidal',
    pattern: /tell (?:everyone|everybody|them all|all of them) (?:that )?i am sorry/,
  },
  // The line of a suicide note.
  {
    category: 'suicidal',
    pattern:
      /(?:no one|nobody|noone) (?:else )?(?:is|should be) (?:responsible|to blame|blamed) for (?:my death|my suicide|what i am about to do|what i am going to do)/,
    negation: 'none',
  },
  // Euphemisms: "checking out for good", "I should just disappear", "doing them a favour".
  {
    category: 'suicidal',
    pattern:
      /(?:check|checking) out (?:tonight|for good|permanently|early|of this life|of life|of this world)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:i|and|so|i really|i just) (?:should|must|need to|deserve to|ought to) (?:just )?(?:disappear|vanish|not exist|not be here|not be alive|go away forever|stop existing)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:doing|do) (?:them|everyone|everybody|the world|my family|you all) a (?:favour|favor) by (?:dying|disappearing|killing myself|leaving|ending it|not being here|being gone)/,
  },
  // Going to God now: "I want to go to Krishna tonight".
  {
    category: 'suicidal',
    pattern:
      /(?:want to|going to|ready to|will|about to) (?:go|be) (?:to|with) (?:krishna|god|bhagwan|the lord|jesus) (?:now|today|tonight|soon|right now|early|before my time)/,
  },
  // Nothing and no one left to live for.
  {
    category: 'suicidal',
    pattern:
      /(?:nothing|no one|nobody|noone) (?:left )?to live for|(?:what|who) (?:am i|do i|should i|would i|is there|is left) (?:even |still )?(?:live|living|to live) for/,
    negation: 'none',
  },
  // Hoping the morning never comes.
  {
    category: 'suicidal',
    pattern:
      /(?:wish|hope|pray|praying|hoping) (?:that )?(?:tomorrow|the morning|morning|the next day) (?:never|does not|would not|will not|would never) (?:comes?|come|arrive)/,
    negation: 'none',
  },
  // A crash on purpose: "I'm going to drive my car off the bridge". The intent comes first,
  // so a story about nearly going off the road is not this.
  {
    category: 'suicidal',
    pattern:
      /(?<=(?:going to|want to|will|might|about to|plan to|planning to|thinking of|thinking about|feel like|tempted to) (?:just )?)(?:drive|crash|steer|swerve|ride) (?:my |the |our )?(?:car|bike|scooter|motorcycle|motorbike) (?:off|into) (?:a |the )?(?:[^ .]+ )?(?:bridge|cliff|highway|road|wall|tree|truck|river|lake|canal|flyover|divider|train|bus)/,
  },
  // No way out but death: "no option left except dying".
  {
    category: 'suicidal',
    pattern:
      /no (?:other )?(?:way|option|choice|path)(?: left| out)? (?:but|except|other than|besides) (?:to die|death|dying|suicide|killing myself|ending it|ending my life)/,
    negation: 'none',
  },
  // A plan, a date, a place: the steps before an attempt.
  {
    category: 'suicidal',
    pattern:
      /(?:picked|chosen|chose|set|decided on|fixed|have|made|making) (?:a|the|my) (?:date|day|time|place|spot|method|plan) (?:to|for) (?:die|dying|end it|ending it|kill myself|killing myself|end my life|ending my life|my death|suicide|jump|jumping)/,
  },
  // Telling them not to grieve: "so my family shouldn't grieve when I go".
  {
    category: 'suicidal',
    pattern:
      /(?:do not|should not|need not|no need to|must not|never) (?:grieve|mourn|cry|be sad|weep|feel sad)(?: (?:for|over) me)? (?:when|after|once) i (?:go|am gone|die|leave|pass|end it|end my life|am dead)(?= \.|$| either| too)/,
    negation: 'none',
  },
  // Things that will not be needed where they are going.
  {
    category: 'suicidal',
    pattern:
      /(?:will not|wont|will never) (?:be )?(?:need|needing) (?:them|it|these|those|this|anything|any of (?:it|this|them)|money|my [^ .]+) (?:where i am going|after (?:today|tonight|this week|i am gone)|when i am gone|once i am gone)/,
  },
  // Happier once I am gone.
  {
    category: 'suicidal',
    pattern:
      /(?:when|after|once|if) i am (?:gone|dead|no more)(?: [^ .]+){0,6}? (?:better|happier|fine|okay|relieved|free|easier|move on)|(?:better|happier|relieved|free|easier|move on) (?:[^ .]+ ){0,4}?(?:when|after|once|if) i am (?:gone|dead|no more)/,
  },
  {
    category: 'suicidal',
    pattern:
      /i am (?:just |only |such |nothing but |always |a total |a complete )?(?:a |an )?(?:burden|waste of space|waste of oxygen|waste of life)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:giving|gave|give|given) away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:wrote|writing|written|write|left|leaving|leave|drafted|drafting) (?:a |my |some |the )?(?:goodbye|farewell|final|last|suicide) (?:notes?|letters?|messages?)(?! (?:of|for) (?:recommendation|resignation|application|intent|appeal|complaint|apology|reference|the (?:project|course|semester|exam|job))| to (?:the|my) (?:editor|manager|boss|company|hr|college|school|landlord))/,
  },
  // Disappearing. "I want to disappear for a while" will also match; that is the price of
  // hearing the people who mean it.
  {
    category: 'suicidal',
    pattern:
      /(?:want|wanna|going|need|wish i could|wishing i could|wish to|plan) to (?:(?:disappear|vanish|fade away)(?! (?:from|off) (?:social media|instagram|facebook|whatsapp|the internet|online|work|college|school|class)| for a (?:while|bit|few days|week|day|month))|stop existing|not exist|cease to exist|not be alive|not wake up|not be here)/,
  },
  {
    category: 'suicidal',
    pattern: /(?:disappear|vanish) (?:forever|for good|from this world|permanently)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:end|ending) things(?= \.|$| tonight| now| today| soon| for good| forever| once and for all)/,
  },
  {
    category: 'suicidal',
    pattern: /(?:want|wanna|need|going|ready) to stop (?:living|existing|breathing|being alive)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:want|wants|wanted|need|deserve|deserves|rather|ready|cannot wait|could not wait) to be dead/,
  },
  {
    category: 'suicidal',
    pattern: /(?:do not|does not|never) deserve to (?:live|be alive|exist|be born)/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /(?:death|dying|suicide|killing myself) (?:is|seems|feels|looks) (?:like )?(?:the |my )?(?:only|best|easiest|last|one) (?:way out|option|answer|solution|escape|choice|way|thing left)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:no one|nobody|none of them) (?:cares|would care|will care|gives a damn) (?:whether|if) i (?:live or die|die|am alive|exist|am dead)/,
  },
  {
    category: 'suicidal',
    pattern:
      /i am (?:so |just )?done (?:with everything|with it all|with this life|with life|with living|with the world|with this world)|(?:i am done|i give up|i cannot do this anymore|i am sorry) \. (?:goodbye|bye forever|bye everyone|farewell)/,
  },
  { category: 'suicidal', pattern: /want out(?= \.|$| of this life| of life)/ },
  // "I'm afraid I'll do something stupid": how many people first say it.
  {
    category: 'suicidal',
    pattern:
      /(?:afraid|scared|worried|terrified|might|going to|will|about to|could|feel like) (?:that )?(?:i will |i might |i could |i am going to )?do something (?:stupid|drastic|dangerous|terrible|bad|crazy)(?: to myself| tonight| now)?/,
  },
  {
    category: 'suicidal',
    pattern: /(?:feel|feels|feeling|felt) like (?:a|such a|just a|nothing but a) burden/,
  },
  // Means and method.
  {
    category: 'suicidal',
    pattern:
      /(?:bought|got|buy|get|have|found|tied|tie|tying|made|make|making) (?:a|the) (?:rope|noose)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:have|got|kept|keep) (?:the |my |all the |all my )?(?:pills|tablets|rope|noose|poison|blade|gun) (?:ready|with me|next to me|in my hand)|(?:pills|tablets|rope|noose|poison) (?:is|are) ready/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:standing|sitting|am) on (?:the|a|my) (?:ledge|edge of (?:the|a|my) (?:roof|building|bridge|cliff|terrace)|railway track|railway tracks|tracks|bridge railing|railing)|on the (?:roof|terrace|bridge) (?:right now|ready to jump|to jump|and i want to jump|about to jump)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:going to|ready to|about to|want to|will) jump(?= \.|$| now| tonight| off| from| in front)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:jump|jumping|throw myself|throwing myself|leap) (?:off|from|in front of|under|into) (?:a|the|my|this|our) (?:[^ .]+ )?(?:bridge|building|roof|terrace|balcony|cliff|train|bus|truck|car|metro|tower|window|floor|river|lake|sea|well|canal)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:slit|cut|slash|slitting|cutting|slashing) (?:my|his|her) (?:wrist|wrists|throat|veins)/,
  },
  {
    category: 'suicidal',
    pattern: /(?:set|setting|light|lighting) (?:myself|me) on fire|(?:burn|burning) myself alive/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:how|best way|easiest way|quickest way|fastest way|painless way|surest way|simplest way|ways|methods) (?:to|can i|do i|should i|could i) (?:die|kill myself|end (?:my life|it|it all)|commit suicide|hang myself|not wake up)/,
  },
  {
    category: 'suicidal',
    pattern: /(?:painless|quick|easy|peaceful) (?:way to die|ways to die|suicide)/,
  },
  // A place of danger looked at with longing: "I keep looking at the bridge and thinking how
  // easy it would be". The place and the ease together; either alone is ordinary.
  {
    category: 'suicidal',
    pattern:
      /(?:bridge|ledge|edge|tracks|railway|balcony|terrace|roof|cliff|river|pills|tablets|rope|traffic|train)\b.{0,80}\b(?:how easy it would be|how easy it would be to|how simple it would be|how quick it would be)(?= \.|$| to (?:jump|step|let go|end|just|fall|go))/,
  },
  // A plea to be taken.
  {
    category: 'suicidal',
    pattern:
      /(?:god|bhagwan|krishna|lord|death) (?:please |just )?(?:come )?(?:take|takes|would take|will take|should take) me (?:away|now|soon|too|already|from this world|out of this world|with (?:you|him|her)|home)(?= \.|$| please| already)/,
  },
  {
    category: 'suicidal',
    pattern:
      /rather (?:be dead|die|not be alive|not exist|not live|not wake up|not have been born)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:join|be with) (?:him|her|them|my (?:@kin)) (?:in heaven|in death|on the other side|up there|in the afterlife|in the next world|in the sky|wherever (?:he|she|they) (?:is|are))/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:want|wanna|going|ready|plan|planning|wish i could|decided|time) to (?:leave|exit|quit) this (?:world|earth|life|planet|body)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:i will|ill|let me|i should|i can) (?:just )?(?:leave|exit|quit) this (?:world|earth|life|planet)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:thoughts|thinking|thought|fantasising|fantasizing|dreaming|dream|daydreaming) (?:of|about) (?:dying|my death|my own death|ending (?:it|my life|everything|it all)|killing myself|not (?:being alive|existing|waking up))/,
  },
  {
    category: 'suicidal',
    pattern: /(?:keep|always|constantly|cannot stop) thinking (?:about|of) (?:death|dying)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:no way out|(?:do not|cannot|can not) see (?:a|any) (?:future|way out|point))(?= \.|$| for me| anymore| in (?:living|life|going on))/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /(?:do not|cannot|can not|no longer) (?:see|have|find) (?:a|any) (?:reason|point|will) to (?:live|keep going|go on|stay alive|carry on|continue|wake up|be here|keep living)/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /want (?:it all|it|this|everything|all of this|all this|all of it|my life|this life|the pain) to (?:end|be over|stop)(?= \.|$| now| forever| for good| permanently| already| tonight)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:tried|attempted|tried to|attempt|attempting) (?:to )?(?:end my life|kill myself|take my life|end it)/,
  },
  // Asking for a suicide or crisis line is itself a signal; answer it with the lines.
  {
    category: 'suicidal',
    pattern:
      /(?:suicide|suicidal|crisis|mental health) (?:prevention )?(?:helpline|hotline|lifeline|help line|line number|number)/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /(?:threaten|threatens|threatened|threatening) to (?:kill|hurt) (?:himself|herself|themselves)/,
    concern: 'other',
  },
];

const SELF_HARM: readonly CrisisPattern[] = [
  // "Punish myself" is left out: people say it about guilt, not about their bodies.
  {
    category: 'self-harm',
    pattern:
      /(?:cut|cuts|cutting|slice|slicing|burn|burns|burning|burned|burnt|hurt|hurts|hurting|harm|harms|harming|harmed|injure|injuring|injured|scratch|scratching|punch|punching|hit|hitting|bite|biting|starve|starving|mutilate|mutilating|bruise|bruising) (?:myself|my (?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|body|stomach|hand|hands))/,
  },
  {
    category: 'self-harm',
    pattern:
      /(?:cut|cuts|cutting|burn|burns|burning|hurt|hurts|hurting|harm|harms|harming|starve|starving) (?:herself|himself|themselves)/,
    concern: 'other',
  },
  {
    category: 'self-harm',
    pattern: /self (?:harm|harming|harmed|injury|injuries|injuring|mutilation|mutilating)/,
    negation: 'both',
  },
  {
    category: 'self-harm',
    pattern:
      /(?:started|start|began|been|keep|kept|back to|relapsed into|relapse into|go back to|went back to|urge to start|urges to start) cutting(?= \.|$| again| myself| my| and| every| daily)/,
  },
  {
    category: 'self-harm',
    pattern:
      /(?:razor|blade|knife|compass|glass|lighter) (?:on|to|into|across|against) my (?:skin|arm|arms|wrist|wrists|thigh|thighs|body|leg|legs)/,
  },
  {
    category: 'self-harm',
    pattern: /(?:deserve|want|need) to (?:bleed|feel (?:physical )?pain|be hurt|hurt myself)/,
  },
  { category: 'self-harm', pattern: /make (?:myself|me) bleed/ },
  // The urge itself: "I want to cut so bad", "the urge to cut again".
  {
    category: 'self-harm',
    pattern:
      /(?:want|wanna|need|going|urge|urges|itching|tempted|craving|crave|cannot stop myself from wanting) to (?:cut|bleed|burn myself|self harm|hurt myself|cut myself)(?! (?:my hair|your hair|hair|the|a|an|ties|down|back|off|out|it|them|him|her|class|classes|school|costs?|corners|vegetables|onions|paper|loose|in|across|through|short|sugar|carbs|calories|people|toxic|contact))/,
  },
  {
    category: 'self-harm',
    pattern: /(?:cut|cutting|cuts) (?:myself )?(?:deeper|too deep|so deep|really deep)/,
  },
  // Relapse: "relapsed and cut again", "six months clean and I slipped".
  {
    category: 'self-harm',
    pattern:
      /(?:relapsed|relapse|relapsing) (?:[^ .]+ ){0,3}?(?:cut|cutting|self harm|hurting myself|burning myself|burned myself)|cut (?:myself )?again (?:last night|today|tonight|yesterday|this morning)/,
  },
  {
    category: 'self-harm',
    pattern:
      /(?:until|till|so that) (?:i|it|they|my (?:hands|hand|knuckles|arms|arm|skin|wrists|wrist|fists|head)) (?:bleed|bleeds|bled|break|breaks|bruise|bruises)/,
  },
  {
    category: 'self-harm',
    pattern:
      /(?:scars|wounds|cuts|marks) from (?:cutting|self harm|hurting myself)|(?:hide|hiding|cover|covering) (?:my )?(?:scars|cuts|wounds)/,
  },
];

const OVERDOSE: readonly CrisisPattern[] = [
  { category: 'overdose', pattern: /overdose|overdosed|overdosing|overdoses/, negation: 'both' },
  {
    category: 'overdose',
    pattern:
      /(?:going to|want to|will|might|about to|planning to|plan to|i|i just|i already|i almost) (?:od|odd|oded|odd)(?= \.|$| on| tonight| today| now| again)/,
  },
  // A quantity turns routine medicine into an overdose: "took all my meds", "20 tablets".
  {
    category: 'overdose',
    pattern:
      /(?:took|taken|swallowed|popped|ate|eaten|downed|consumed|had|drank|gulped|taking|swallowing) (?:[^ .]+ ){0,2}?(?:@qty) (?:[^ .]+ ){0,3}?(?:@drug)/,
  },
  {
    category: 'overdose',
    pattern:
      /(?:going to|want to|will|planning to|plan to|about to|thinking of|thinking about|might|ready to|decided to|feel like) (?:take|taking|swallow|swallowing|down|eat|drink) (?:[^ .]+ ){0,2}?(?:@qty) (?:[^ .]+ ){0,3}?(?:@drug)/,
  },
  // "Took pills" and "sleeping pills" without a quantity still count: people under-report.
  // "Took my pills" does not: that is a person following their prescription.
  {
    category: 'overdose',
    pattern:
      /(?:took|taken|swallowed|popped|ate|downed|consumed) (?:some |these |those |the |many |more )?(?:sleeping )?(?:pills|tablets)/,
  },
  {
    category: 'overdose',
    pattern:
      /(?:took|taken|swallowed|popped|ate|downed|consumed|had|taking) (?:some |a lot of |many )?sleeping (?:pills|tablets)/,
  },
  {
    category: 'overdose',
    pattern:
      /(?:drank|drink|drinking|drunk|swallowed|swallow|ate|eaten|eat|took|consumed|had|gulped|have|going to drink|want to drink|poured) (?:some |a |the |a bottle of |a glass of |a cup of |a little |a lot of |all the )?(?:@poison)(?= \.|$| and| to| because| so| now| tonight| today| just)/,
  },
  { category: 'overdose', pattern: /(?:poison|poisoning|poisoned) myself/ },
  // Putting medicine by, whoever it belongs to: "saving up my mum's tablets".
  {
    category: 'overdose',
    pattern:
      /(?:stockpiling|stockpile|stockpiled|saving up|saved up|saving|hoarding|hoarded|stashing|stashed|stash|setting aside|set aside|putting aside|put aside|keeping aside|squirrelling away|hiding away) (?:up )?(?:[^ .]+ ){0,3}?(?:@drug)|(?:collecting|collected|gathering|gathered) (?:up )?(?:[^ .]+ ){0,2}?(?:@drug)(?! (?:from|at) )/,
  },
  {
    category: 'overdose',
    pattern:
      /(?:pills|tablets|meds|poison|bottle|blade) (?:is|are) (?:in my hand|in my hands|ready|with me|next to me|in front of me|right here)/,
  },
  { category: 'overdose', pattern: /lethal dose|fatal dose|deadly dose/ },
  // Asking how much would be too much: "how many sleeping tablets is too many".
  {
    category: 'overdose',
    pattern:
      /how (?:many|much) (?:[^ .]+ ){0,2}?(?:@drug)(?: [^ .]+){0,4}? (?:too many|too much|fatal|lethal|deadly|kill|kills|die|overdose|od|enough to|to not wake up|never wake up)/,
  },
  // The whole strip or bottle, drug named or not.
  {
    category: 'overdose',
    pattern:
      /(?:took|taken|swallowed|popped|ate|eaten|downed|finished|emptied|consumed) (?:a |the |my |an )?(?:whole|entire|full|complete) (?:strip|bottle|packet|pack|box|sheet|blister|jar) (?:of )?(?:@drug)?/,
  },
];

const HARM_OTHERS: readonly CrisisPattern[] = [
  // The writer's own intent towards a real person. The filler list is short on purpose:
  // "I will never hurt her" must not slip "never" in as filler.
  {
    category: 'harm-others',
    pattern:
      /(?<=(?:^| )(?:i|ill) (?:(?:am|will|would|really|seriously|honestly|just|literally|actually|so|definitely|keep|still|also|even|now|already|secretly|have|been|had) ){0,3}(?:@intent) (?:(?:just|really|actually|literally|seriously|go and|come and|fucking|finally) ){0,3})(?:@harmverb) (?:up )?(?:@person)/,
    concern: 'self',
  },
  // Wanting to watch them suffer.
  {
    category: 'harm-others',
    pattern:
      /(?:want|wanna|going|need|would love|would like|cannot wait) to (?:see|watch) (?:him|her|them|that [^ .]+|my (?:@kin)) (?:suffer|bleed|die|dead|in pain|beg|burn)/,
    concern: 'self',
  },
  // Making someone pay or suffer, said by the writer. Paying a bill or for damage is not this.
  {
    category: 'harm-others',
    pattern:
      /(?<=(?:^| )(?:i|ill|we) (?:(?:am|will|would|really|seriously|honestly|just|literally|actually|so|definitely|keep|still|swear) ){0,3}(?:@intent|swear i will|swear to god i will|promise i will) (?:(?:just|really|actually|literally|seriously|finally) ){0,3})(?:make|making) (?:@person) (?:pay|suffer|bleed|regret (?:it|this|that|everything|being born|the day))(?! for (?:the|my|his|her|their|a|an|our) (?!pain|hurt|humiliation|insult|insults|betrayal|abuse|tears|suffering)[^ .]+)/,
    concern: 'self',
  },
  {
    category: 'harm-others',
    pattern:
      /(?:he|she|they|that guy|that man|that bastard|that woman|those guys) (?:will|is going to|are going to|is gonna|shall) (?:pay|suffer|regret it)(?= \.|$| for (?:this|that|it|what|everything)| i (?:swear|promise|mean it)| mark my words| with (?:his|her|their) (?:life|lives|blood))|(?:he|she|they|that guy|that man|that bastard|those guys) (?:will|is going to|are going to|is gonna|shall) (?:regret|rue) the day/,
    concern: 'self',
  },
  // Not letting them live: "I won't let him live", "he is a dead man".
  {
    category: 'harm-others',
    pattern:
      /(?:will not|wont|am not going to|never) let (?:him|her|them|that [^ .]+) (?:live|breathe|see (?:another day|tomorrow)|get out alive)|(?:he|she|that guy|that man|you) (?:is|are) (?:a )?dead (?:man|woman)(?= \.|$| walking| i swear| tonight| tomorrow)/,
    concern: 'self',
  },
  // Fire set to a home with the person inside.
  {
    category: 'harm-others',
    pattern:
      /(?:burn|set fire to|torch|burning) (?:his|her|their|the) (?:house|home|flat|shop|car|room)(?: down)? (?:with|while) (?:him|her|them|everyone|the family)(?: [^ .]+)? (?:inside|in it|in there|asleep)/,
    concern: 'self',
  },
  // A weapon taken to where a person will be.
  {
    category: 'harm-others',
    pattern:
      /(?:bringing|bring|taking|take|carrying|carry|brought|took|packed|pack|hiding|hid|sneaking|sneak) (?:a |my |the |his |her |our |dads |my dads )?(?:knife|gun|pistol|revolver|katta|machete|iron rod|rod|sword|acid|blade|axe|hammer) (?:to|into|with me to|in my bag to) (?:school|college|class|work|office|the office|his house|her house|their house|his place|her place|the party|campus|tuition|the match|the meeting)/,
    concern: 'self',
  },
  {
    category: 'harm-others',
    pattern:
      /(?:thoughts|thinking|thought|urges|urge|fantasies|fantasizing|fantasising|images|impulses|imagining|imagine|picture|picturing|dreaming|dream) (?:of |about |to )?(?:@harmverb) (?:[^ .]+ ){0,2}?(?:him|her|them|my (?:@kin)|someone|people|somebody|everyone|a child|my baby|the baby|the kids|my kids)/,
    concern: 'self',
  },
  {
    category: 'harm-others',
    pattern:
      /(?:scared|afraid|terrified|worried) (?:that )?i (?:will|might|could|may|am going to) (?:@harmverb) (?:my baby|my child|my kids|my son|my daughter|someone|somebody|him|her|them|my (?:@kin)|people)/,
    concern: 'self',
  },
  {
    category: 'harm-others',
    pattern:
      /(?:bought|got|have|getting|buying|carrying|carry|keep|keeping|arranged) (?:a |the |my )?(?:gun|knife|weapon|pistol|revolver|katta|acid|axe|sword|machete|rifle) (?:to|for|so i can) (?:kill|hurt|use on|deal with|stab|shoot|attack|finish|harm|teach)/,
    concern: 'self',
  },
  {
    category: 'harm-others',
    pattern: /i (?:want|wish|wanted) (?:him|her|them|my (?:@kin)) dead/,
    concern: 'self',
  },
  {
    category: 'harm-others',
    pattern:
      /(?:shoot|shooting|bomb|bombing|blow) up (?:my |the |this |that |our )?(?:school|college|office|class|classroom|mall|temple|mosque|church|gurudwara|workplace|university|hostel)/,
    concern: 'self',
  },
];

const ABUSE_DANGER: readonly CrisisPattern[] = [
  // Someone hurting the writer or someone they love. "Hurt me" alone is left out: it is
  // usually heartbreak, not violence.
  {
    category: 'abuse-danger',
    pattern:
      /(?<=(?:^| )(?:@abuser) (?:[^ .]+ ){0,4})(?:hits|hit|hitting|beats|beat|beating|slap|slaps|slapped|slapping|kick|kicks|kicked|kicking|punch|punches|punched|punching|choke|chokes|choked|choking|strangle|strangles|strangled|strangling|burn|burns|burned|burnt|burning|push|pushes|pushed|shove|shoves|shoved|rape|rapes|raped|raping|molest|molests|molested|molesting|abuse|abuses|abused|abusing|torture|tortures|tortured|torturing|threaten|threatens|threatened|threatening|lock|locks|locked|drag|drags|dragged|batter|batters|battered|whip|whips|whipped|assault|assaults|assaulted|assaulting|starve|starves|starved|harass|harasses|harassed|harassing|stalk|stalks|stalked|stalking|blackmail|blackmails|blackmailed|blackmailing|physically hurts|physically hurt|ties up|tied up|chained) (?:@victim|her|him|them)(?! (?:at|in) (?:chess|cricket|a game|the game|games|the race|a race|the match|exams|the exam|cards|football|tennis|badminton|ludo|carrom|pubg|arguments))/,
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?<=(?:^| )(?:i am|i have been|i was|i get|i got|i keep getting|getting|being|am being|been|i feel) (?:(?:physically|sexually|emotionally|mentally|verbally|constantly|regularly|repeatedly|badly|brutally|still|always) )?)(?:abused|beaten|beaten up|raped|molested|assaulted|sexually harassed|tortured|trafficked|threatened|stalked|blackmailed|choked|strangled|kidnapped|held captive|held hostage|locked in|locked up|locked inside|groomed|slapped|kicked|battered|whipped|starved|imprisoned|confined|hit by my (?:@kin)|harassed by my (?:@kin))/,
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:my|a|the|our|his|her) (?:@childword|@kin) (?:is|was|has been|is being|keeps being|gets|got|keeps getting) (?:(?:physically|sexually|badly|being) ){0,3}(?:abused|molested|beaten|raped|touched inappropriately|burned|starved|locked up|harassed|trafficked|assaulted|hit by)/,
    concern: 'other',
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:touches|touched|touching|touch|feels up|felt up|groped|gropes|fondled|fondles) (?:me|my (?:@childword|@kin)|her|him) (?:inappropriately|wrongly|in (?:the )?wrong (?:way|places|place)|down there|in my private (?:parts|area|areas)|in (?:her|his) private (?:parts|area|areas)|on my private (?:parts|area|areas)|private parts|without (?:my|her|his) (?:consent|permission)|when (?:no one|nobody) is (?:around|home|looking)|at night|badly)/,
  },
  { category: 'abuse-danger', pattern: /bad touch/, concern: 'other' },
  // Trying to touch or grab: "he keeps trying to touch me".
  {
    category: 'abuse-danger',
    pattern:
      /(?:tries|tried|trying|keeps trying|kept trying|attempts|attempted) to (?:touch|grab|kiss|feel up|undress) me/,
    concern: 'self',
  },
  // Coming to a child's bed at night; making them do things: the words children use.
  {
    category: 'abuse-danger',
    pattern:
      /(?:comes|came|sneaks|sneaked|snuck|creeps|crept|keeps coming) (?:in)?to my (?:room|bed|bedroom) (?:at night|when (?:everyone|no one|nobody|mom|mum|my mom|my mum) is)/,
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?<=(?:^| )(?:@abuser) (?:[^ .]+ ){0,2})(?:makes|made|forces|forced|keeps making|tries to make|tried to make|asks|asked|keeps asking|tells|told|wants) me (?:to )?(?:do (?:things|stuff|sexual things|bad things|dirty things)|touch (?:him|her|his|her|them)|watch (?:porn|dirty|videos|things)|(?:take off|remove) my clothes|sit on (?:his|her) lap|keep (?:it|this|our secret) (?:a )?secret)/,
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:abused|molested|raped|touched|touching) (?:me )?(?:as a child|when i was (?:a child|a kid|little|young|small|[0-9]+))/,
    concern: 'self',
  },
  // Not safe: the words people use before they use the word "abuse".
  {
    category: 'abuse-danger',
    pattern:
      /(?:not|never|no longer) (?:feel )?safe (?:at home|in my (?:own )?(?:home|house|room)|with (?:him|her|them|my (?:@kin))|around (?:him|her|them|my (?:@kin))|anymore|at night in my (?:home|house)|in this house)/,
    negation: 'none',
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern: /unsafe (?:at home|in my (?:own )?(?:home|house)|with (?:him|her|them|my (?:@kin)))/,
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:scared|afraid|terrified|frightened) (?:to go|of going) (?:back )?home|(?:scared|afraid|terrified|frightened) for my (?:life|safety)|(?:scared|afraid|terrified|frightened) (?:of|that) (?:he|she|they) (?:will|might) come back/,
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:scared|afraid|terrified|frightened|fear|worried) (?:that )?(?:@abuser) (?:will|might|is going to|could|may|would) (?:kill|hurt|beat|hit|rape|attack|burn|find) (?:@victim)(?! out)/,
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:scared|afraid|terrified|frightened) of my (?:@partner|father|dad|stepfather|stepdad|step father|brother|uncle)/,
    concern: 'self',
  },
  // Threats to life.
  {
    category: 'abuse-danger',
    pattern:
      /(?:threaten|threatens|threatened|threatening) (?:to )?(?:kill|murder|hurt|beat|burn|rape|stab|shoot|throw acid on|harm|take away (?:my|the) (?:kids|children|baby)|take (?:my|the) (?:kids|children|baby)) (?:@victim)/,
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:tried|tries|trying|attempted|wants|wanted) to (?:kill|murder|strangle|burn|poison|drown|choke) (?:@victim)/,
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:@partner) (?:[^ .]+ ){0,2}(?:will|would|is going to|may|might) (?:kill|murder) (?:me|us)/,
    concern: 'self',
  },
  // A threat tied to leaving or telling: "if I leave he'll kill me". The condition is what
  // makes it literal; "mom will kill me if I'm late" has no such condition.
  {
    category: 'abuse-danger',
    pattern:
      /(?:if|when|once) i (?:ever )?(?:leave|left|try to leave|tell|told|report|go to|call|run|divorce|speak up|say anything|refuse|break up)(?: [^ .]+){0,5}? (?:he|she|they) (?:will|would|is going to|are going to|is gonna|could|can) (?:find (?:me|us) and )?(?:kill|hurt|murder|beat|burn|finish|destroy|attack|throw acid on) (?:me|us|my [^ .]+)/,
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:he|she|they|my (?:@partner)) (?:said|says|told me|swore|swears|threatened|threatens|keeps saying|kept saying|has said) (?:that )?(?:he|she|they) (?:will|would|is going to|are going to|is gonna|could) (?:find (?:me|us) and )?(?:kill|murder|burn|finish|throw acid on) (?:me|us)(?! if i (?:am late|fail|lose|forget|do not|dont|eat|break))/,
    concern: 'self',
  },
  // Danger right now.
  {
    category: 'abuse-danger',
    pattern:
      /help (?:me )?(?:he|she|they|someone|somebody|a man) (?:is|are) (?:here|coming|outside|at the door|breaking in|trying to get in|following me|hitting me|beating me)/,
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:someone|somebody|a man|a guy|he|they|some men|a stranger|men) (?:is|are|has been|have been|keeps|keep) (?:following|stalking) (?:me|us)/,
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:someone|somebody|a man|he|they) (?:is|are) (?:trying to )?(?:break in|breaking in|break into|breaking into)(?: (?:my|our) (?:house|home|room|flat))?/,
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern:
      /i am (?:trapped|locked in|locked inside|locked up|being held|held captive|being followed|being stalked|in danger|not safe)|my life is in danger/,
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:forced|forcing|force|forces) (?:me|her|my (?:@childword|@kin)) (?:to marry|into marriage|into sex|to have sex|to sleep with)/,
  },
  // The names of the harm.
  {
    category: 'abuse-danger',
    pattern:
      /domestic (?:violence|abuse)|dowry (?:harassment|torture|demand|demands|death)|(?:for|over|because of) (?:more )?dowry|marital rape|sexual (?:abuse|assault|harassment)|child (?:abuse|marriage|trafficking|sexual abuse)|honor killing|honour killing|acid attack|human trafficking/,
  },
];

export const ENGLISH_CRISIS: readonly CrisisPattern[] = [
  ...SUICIDAL,
  ...SELF_HARM,
  ...OVERDOSE,
  ...HARM_OTHERS,
  ...ABUSE_DANGER,
];
