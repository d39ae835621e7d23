/**
 * Scripture used to justify ending one's own life: "the soul never dies so suicide is fine",
 * "Krishna says the body is temporary so I'll leave it". The Gita speaks of the soul's
 * permanence to free people from fear, and some people in pain turn that into permission.
 *
 * Matched as a co-occurrence in one sentence: a scripture anchor (soul, body, Krishna, next
 * life), a self-ending phrase, and a justifying frame (so, then, is it a sin, fine). Each list
 * alone is ordinary Gita talk; all three together are a crisis.
 */

/** What the person leans on: the soul, the body's impermanence, Krishna, rebirth. */
export const SCRIPTURE_ANCHORS: readonly RegExp[] = [
  /souls?|atma|atman|aatma|atmaa|spirit|self is eternal|reincarnat@rest|rebirth|reborn|next (?:life|birth|janam|janm)|new body|immortal|eternal|never dies|does not die|cannot (?:be killed|die|be slain)|unborn|old clothes|worn out clothes|garments?|moksha|mukti|liberation|afterlife|heaven/,
  // The images people borrow: bodies as clothes, the body as dust, detachment.
  /clothes|(?:change|changes|changing) bodies|detach@rest|kapde|kapda|vastra|mitti|nashwar|moh|वस्त्र|कपड़े|मिट्टी|मोह/,
  /(?:this |the |my )?body (?:is|being) (?:only |just )?(?:temporary|perishable|mortal|not real|a [^ .]+|an illusion|maya|not me|not who i am|not the self|not eternal)|(?:i am|we are) not (?:this|the|my) body/,
  /gita|geeta|bhagavad|bhagwat|krishna|krishn|kanha|arjuna|arjun|scriptures?|god|bhagwan|karma|dharma|maya|swarg/,
  /आत्मा|शरीर (?:तो )?(?:नश्वर|नाशवान|अस्थायी|मिथ्या)|गीता|कृष्ण|अगला जन्म|अगले जन्म|पुनर्जन्म|मोक्ष|मुक्ति|अमर|नया शरीर|पुराने कपड़े|भगवान|कर्म|धर्म|स्वर्ग/,
  /sharir|shareer|sharier|deh|agla janam|agle janam|agla janm|punarjanm|punarjanam|moksh|amar|naya sharir|purane kapde|karm|dharm/,
];

/** Ending one's own life, including the soft words scripture lends it ("leave this body"). */
export const SELF_ENDING: readonly RegExp[] = [
  /suicide|suicides|suicidal|kill myself|killing myself|end my life|ending my life|end it all|take my (?:own )?life|taking my (?:own )?life|(?:when|if|once|after) i end it/,
  // "Change" only with the body: "ready to change my life" is a fresh start, not an ending.
  /(?:want to|wanna|going to|will|ready to|plan to|can|should|let me|so i can|may|might|might as well|may as well|could|decided to|why not|time to) (?:just )?(?:(?:leave|discard|give up|shed|drop|exit|quit|get rid of) (?:this|my) (?:body|life|world)|change (?:this|my) body)|(?:get|take) a new body (?:now|today|sooner|early)/,
  /(?:ok|okay|fine|alright|not a sin|not wrong|no sin|allowed) (?:for me )?to (?:die|kill myself|end my life|end it|leave this (?:world|body|life))|so i can die|i (?:can|should|may|could) (?:just )?die(?! one day| someday| eventually| too| like everyone| anyway| peacefully)|if i die (?:now|today|early|sooner)|why not (?:just )?die|why not end (?:it|my life)|dying (?:early|now|today|sooner) is (?:ok|okay|fine)/,
  /(?:i will|ill|i am going to|i want to|let me|i should|i can|i may|why not|why cannot i|why can i not) (?:just )?(?:leave|discard|drop|end|shed|give up|quit|destroy|throw away|get rid of|abandon) (?:it|this|mine|this body|my body|this life|my life)(?= \.|$| now| today| tonight| early| soon| then| too| like)/,
  /आत्महत्या|खुदकुशी|ख़ुदकुशी|जान दे (?:दूं|दूँ|दूंगा|दूंगी)|(?:शरीर|देह|इसे|इसको|जीवन|जिंदगी) (?:छोड़|छोड|त्याग|खत्म कर) (?:दूं|दूँ|दूंगा|दूंगी|देना|दें|सकता|सकती)|मर जाऊं|मर जाऊँ|(?:मरना|मर जाना) (?:ठीक|पाप नहीं|गलत नहीं)|मरने में (?:कोई )?(?:हर्ज|बुराई|पाप)(?: नहीं| क्या| है)?/,
  /khudkushi|aatmahatya|jaan de (?:du|dun|dunga|dungi)|(?:sharir|shareer|deh|ise|isko|zindagi|life) (?:chhod|chod|tyag|tyaag|khatam kar) (?:du|dun|doon|dunga|dungi|dena|dein|sakta|sakti)|mar (?:jau|jaun|jaaun)|(?:marna|mar jana) (?:theek|thik|sahi|paap nahi|galat nahi)|marne mein (?:koi )?(?:harj|burai|paap)(?: nahi| kya| hai)?/,
  /*
   * The self-endings below borrow scripture's own images, so they count only next to an anchor
   * and a frame: changing the body like clothes ("I'm ready to change mine", "ye sharir badalna
   * chahti hu"), detaching from life itself, leaving attachment to life ("zindagi ka moh
   * chhod"), and doing "it" today ("मैं आज ही ऐसा करना चाहता हूँ") after a question about
   * dying with God's name. Dying with God's name in old age is a real Gita question (8.5); the
   * "today" is what turns it into a plan.
   */
  /(?:ready to|want to|going to|will|let me|time to|i should|i can|i may|i will) (?:just )?(?:change|shed|discard|drop|swap|trade|exchange|take off) (?:mine|my own|this one|my body|my clothes|this body|these clothes|my old clothes)(?= \.|$| now| today| tonight| too| as well| early)/,
  /(?:detach|detaching|detached) (?:myself )?from (?:life|living|this life|my life|this world|existence|my body|this body|breathing|being alive)(?= \.|$| itself| altogether| completely| now| today| too| as well| forever| for good)/,
  /ready for (?:new clothes|a new body|my next (?:life|body|birth)|the next life)|(?:end|ending|ended) (?:this|my) life (?:early|now|sooner|today)|(?:start|begin|get to) (?:the|my) next (?:life|birth|one) (?:sooner|early|now|today)/,
  /(?:destroying|ending|leaving|discarding|killing|dropping|shedding|quitting) (?:it|this body|my body|myself|my life|this life) (?:does not matter|is not (?:a sin|wrong|bad)|is (?:fine|okay|ok|allowed)|would be (?:fine|okay))/,
  /(?:i am|am) ready to (?:go|leave|depart|die)(?= \.|$| now| today| tonight| to him| to krishna)|(?:want to|going to|will|ready to) do (?:it|this|that|the same) (?:today|tonight|now|right now)/,
  /why not (?:just )?(?:jump|do it|end it|go|leave|drown|hang)|(?:harm|wrong|sin|problem|issue|paap) (?:in|with) (?:ending|leaving|destroying|discarding|killing|dropping|quitting|shedding) (?:this|my|the) (?:body|life)/,
  /(?:merge|unite|be one|go) (?:with|to|into) (?:krishna|god|him|the lord|brahman|the divine|bhagwan) (?:now|today|tonight|right now|early|sooner|before my time)/,
  /(?:शरीर|देह|इसे|इसको|जीवन|जिंदगी) (?:छोड़|छोड|त्याग) (?:देता|देती|दे रहा|दे रही|देते|रहा|रही)|(?:इसे|इसको|शरीर को|शरीर|खुद को|जीवन|जिंदगी) (?:खत्म|नष्ट|समाप्त) करने में|(?:शरीर|देह|इसे|इसको|जीवन) (?:छोड़|छोड|त्याग)(?:ने| देने) में|(?:इसे|इसको|शरीर|देह|जीवन|जिंदगी) (?:आज |अभी |आज ही |अभी ही |जल्दी )(?:छोड़|छोड|त्याग|खत्म कर|बदल) (?:दूं|दूंगा|दूंगी|दें|लूं|लूंगा|लूंगी)|(?:इसे|इसको|शरीर|देह|जीवन|जिंदगी) (?:[^ .]+ ){0,2}?(?:छोड़|छोड|त्याग|खत्म कर) (?:देना|दें|दूं) (?:ही )?(?:ठीक|सही|बेहतर|अच्छा)|(?:जीवन|जिंदगी) (?:का|से) मोह (?:भी )?(?:छोड़|छोड|त्याग)@rest|(?:आज|अभी|आज रात|जल्दी) (?:ही )?(?:ऐसा|यही|ये|यह|वही) (?:करना|कर) (?:चाहत@rest|लूंगा|लूंगी|दूंगा|दूंगी)/,
  /(?:ye|yeh|apna|mera|is|apni|meri) (?:sharir|shareer|deh|body) (?:badalna|badal|badalni|chhodna|chhod|chodna|chod|tyagna|tyag)@rest|khud ko (?:maar|mar|khatam kar) (?:lu|lun|loon|du|dun|doon|lunga|lungi|dunga|dungi|dalu|daalu)|(?:sharir|shareer|deh|body|ise|isko|sharir ko|body ko|deh ko) (?:chhod|chod|tyag|tyaag|khatam kar)(?:ne| dene| dena)? (?:mein|me) (?:kya|koi)|(?:is|iss) (?:maya|duniya|sansar|sharir|body) se (?:nikal|chala|chali|mukt ho) (?:jaun|jau|jaunga|jaungi|jaana|jana)|(?:sharir|shareer|deh|body|ise|isko|zindagi) (?:[^ .]+ ){0,2}?(?:chhod|chod|tyag|khatam kar) (?:dena|du|dun) (?:hi )?(?:theek|thik|sahi|behtar|accha)|(?:ise|isko|ye|yeh|sharir|body) (?:aaj |abhi |aaj hi |abhi hi |jaldi )?(?:badal|chhod|chod|tyag|khatam kar) (?:dungi|dunga|du|dun|doon|lu|lun|lungi|lunga)|(?:zindagi|jeevan|jivan|life) (?:ka|se) moh (?:bhi )?(?:chhod|chod|tyag|tyaag)@rest|(?:aaj|abhi|aaj raat|jaldi) (?:hi )?(?:aisa|yahi|ye|wahi|yeh) (?:karna|kar) (?:@chahta|lunga|lungi|dunga|dungi)/,
];

/** A reason or a permission: "so", "then", "is it a sin", "it's fine". */
export const JUSTIFYING: readonly RegExp[] = [
  /so|therefore|then|thus|hence|means|meaning|allowed|allow|allows|ok|okay|fine|alright|sin|sinful|wrong|permitted|permit|permits|justified|justify|justifies|why not|should i|can i|may i|no harm|does not matter|no big deal|nothing to lose|anyway|if|since|because|says|said|teaches|taught/,
  /तो|इसलिए|ठीक|पाप|गलत|क्यों न|क्यों नहीं|सकता|सकती|हर्ज|बुराई|फर्क|मतलब|अगर|जब|कहते|कहा|कहती|कहता|लिखा|सिखाती|मैं भी/,
  // "likha hai" (it is written) and "main bhi" (I too) are how Hinglish says "so I will too".
  /to|toh|isliye|theek|thik|paap|pap|galat|kyu na|kyu nahi|sakta|sakti|harj|burai|fark|matlab|agar|jab|kehte|kaha|kehti|kehta|likha|sikhati|(?:main|mai) bhi/,
];
