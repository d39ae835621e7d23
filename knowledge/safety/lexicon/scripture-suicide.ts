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
  /(?:this |the |my )?body (?:is|being) (?:only |just )?(?:temporary|perishable|mortal|not real|a [^ .]+|an illusion|maya|not me|not who i am|not the self|not eternal)/,
  /gita|geeta|bhagavad|bhagwat|krishna|krishn|kanha|arjuna|arjun|scriptures?|god|bhagwan|karma|dharma|maya|swarg/,
  /आत्मा|शरीर (?:तो )?(?:नश्वर|नाशवान|अस्थायी|मिथ्या)|गीता|कृष्ण|अगला जन्म|अगले जन्म|पुनर्जन्म|मोक्ष|मुक्ति|अमर|नया शरीर|पुराने कपड़े|भगवान|कर्म|धर्म|स्वर्ग/,
  /sharir|shareer|sharier|deh|agla janam|agle janam|agla janm|punarjanm|punarjanam|moksh|amar|naya sharir|purane kapde|karm|dharm/,
];

/** Ending one's own life, including the soft words scripture lends it ("leave this body"). */
export const SELF_ENDING: readonly RegExp[] = [
  /suicide|suicides|suicidal|kill myself|killing myself|end my life|ending my life|end it all|take my (?:own )?life|taking my (?:own )?life/,
  /(?:want to|wanna|going to|will|ready to|plan to|can|should|let me|so i can|may|decided to|why not|time to) (?:just )?(?:leave|discard|give up|shed|drop|change|exit|quit|get rid of) (?:this|my) (?:body|life|world)|(?:get|take) a new body (?:now|today|sooner|early)/,
  /(?:ok|okay|fine|alright|not a sin|not wrong|no sin|allowed) (?:for me )?to (?:die|kill myself|end my life|end it|leave this (?:world|body|life))|so i can die|i (?:can|should|may|could) (?:just )?die(?! one day| someday| eventually| too| like everyone| anyway| peacefully)|if i die (?:now|today|early|sooner)|why not (?:just )?die|why not end (?:it|my life)|dying (?:early|now|today|sooner) is (?:ok|okay|fine)/,
  /(?:i will|ill|i am going to|i want to|let me|i should|i can|i may|why not|why cannot i|why can i not) (?:just )?(?:leave|discard|drop|end|shed|give up|quit|destroy|throw away|get rid of|abandon) (?:it|this|mine|this body|my body|this life|my life)(?= \.|$| now| today| tonight| early| soon| then| too| like)/,
  /आत्महत्या|खुदकुशी|ख़ुदकुशी|जान दे (?:दूं|दूँ|दूंगा|दूंगी)|(?:शरीर|देह|इसे|इसको|जीवन|जिंदगी) (?:छोड़|छोड|त्याग|खत्म कर) (?:दूं|दूँ|दूंगा|दूंगी|देना|दें|सकता|सकती)|मर जाऊं|मर जाऊँ|(?:मरना|मर जाना) (?:ठीक|पाप नहीं|गलत नहीं)|मरने में (?:कोई )?(?:हर्ज|बुराई|पाप)(?: नहीं| क्या| है)?/,
  /khudkushi|aatmahatya|jaan de (?:du|dun|dunga|dungi)|(?:sharir|shareer|deh|ise|isko|zindagi|life) (?:chhod|chod|tyag|tyaag|khatam kar) (?:du|dun|doon|dunga|dungi|dena|dein|sakta|sakti)|mar (?:jau|jaun|jaaun)|(?:marna|mar jana) (?:theek|thik|sahi|paap nahi|galat nahi)|marne mein (?:koi )?(?:harj|burai|paap)(?: nahi| kya| hai)?/,
];

/** A reason or a permission: "so", "then", "is it a sin", "it's fine". */
export const JUSTIFYING: readonly RegExp[] = [
  /so|therefore|then|thus|hence|means|meaning|allowed|allow|allows|ok|okay|fine|alright|sin|sinful|wrong|permitted|permit|permits|justified|justify|justifies|why not|should i|can i|may i|no harm|does not matter|no big deal|nothing to lose|anyway|if|since|because|says|said|teaches|taught/,
  /तो|इसलिए|ठीक|पाप|गलत|क्यों न|क्यों नहीं|सकता|सकती|हर्ज|बुराई|फर्क|मतलब|अगर|जब|कहते|कहा/,
  /to|toh|isliye|theek|thik|paap|pap|galat|kyu na|kyu nahi|sakta|sakti|harj|burai|fark|matlab|agar|jab|kehte|kaha/,
];
