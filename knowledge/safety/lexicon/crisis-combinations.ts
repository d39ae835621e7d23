/**
 * Crises that no single phrase names, read from signals that occur together (see
 * `CrisisCombination`). People rarely say "suicide" when they are settling their affairs; they
 * say they gave their guitar away and will not be needing it. Each signal below is ordinary on
 * its own, which is why none of them is a lexicon line, and each family says why the pair is
 * not. Signals are written for all three languages at once, because people mix them.
 */
import type { CrisisCombination } from './crisis-pattern.ts';

/** Giving one's things away: "gave my guitar to", "अपनी सारी चीज़ें … दे दी", "laptop … de di". */
const GAVE_AWAY =
  /(?:gave|given|giving|give|handed|handing) (?:away |out |over )?(?:(?:him|her|them|my [^ .]+|my [^ .]+ [^ .]+) )?(?:(?:all|most|some) (?:of )?)?my(?! (?:[^ .]+ ){0,2}?(?:exam|exams|test|tests|paper|papers|interview|best|all|word|time|heart|notice|resignation|opinion|answer|answers|attention|presentation|speech|seat|number|blood|vote|views|feedback|love|thanks|regards)(?![^ ]))|(?:gave|given|giving|give) away (?:everything|all (?:of )?(?:my|i have|i own))|(?:अपनी|अपना|अपने|सारी|सारा|सारे|मेरी|मेरा|मेरे) (?:[^ .]+ ){0,6}?(?:दे दी|दे दीं|दे दिया|दे दिए|दे दिये|दे डाली|दे डाला|बांट दी|बांट दिया|बांट दिए|दे रहा हूं|दे रही हूं|दे दूंगा|दे दूंगी|दे देना|दे दीजिए)|(?:apna|apni|apne|saara|saari|sara|sari|saare|sare|mera|meri|mere|sab|sabhi) (?:[^ .]+ ){0,6}?(?:de di|de diya|de diye|de dia|de dali|de daala|de dala|baant di|baant diya|baant diye|bant di|bant diya|bant diye|de raha hu|de rahi hu|de dunga|de dungi|de du|de dun|de dena|de dijiye)/;

/** Not needing them in the future: "won't be needing them", "ज़रूरत नहीं पड़ेगी". */
const WONT_NEED =
  /(?:will not|will no longer|am not going to|not going to|do not think i will|doubt i will) (?:be )?(?:need|needing|use|using|play|playing|read|reading|wear|wearing) (?:them|it|these|those|this|that|any of (?:it|them|this|that)|anything|any of my [^ .]+)(?! (?:for|during|in|until|till|at|on|while) )|no longer need (?:them|it|these|those|anything|my [^ .]+)|(?:जरूरत|ज़रूरत|आवश्यकता) (?:नहीं|न) (?:पड़ेगी|होगी|रहेगी|पड़ने वाली)|काम (?:नहीं|न) (?:आएंगी|आएंगे|आएगा|आएगी)|(?:zarurat|zaroorat|jarurat|jaroorat|zarorat|jarorat|need) (?:nahi|na) (?:padegi|padhegi|hogi|rahegi|padne wali)|kaam (?:nahi|na) (?:aayega|aayenge|ayega|ayenge|aayegi|aaegi|aaenge)/;

/** One more time, for the last time. Only ever half of a pair: "last time" is everyday talk. */
const LAST_TIME =
  /(?:one|a|for the|for one) last time|one final time|(?:ek aakhri|ek akhri|ek aakhiri|ek last|aakhri|akhri|aakhiri|aakhari|last|antim) (?:baar|bar|time)|(?:एक आखिरी|एक अंतिम|आखिरी|अंतिम) बार/;

/**
 * Leaving, with nowhere named: "before I go." ends the sentence; "before I go to work" does
 * not count. "jaane se pehle" after a place ("office jaane se pehle") is an errand.
 */
const BEFORE_I_GO =
  /before i (?:go|leave|die|am gone|pass away|pass|check out|leave this world|leave this earth|say goodbye)(?= \.|$| for good| forever| for ever| from here| from this world| either| too| tonight| today)|(?<!(?:office|school|college|ghar|bahar|kaam|class|tuition|gym|mandir|temple|market|bazaar|exam|interview|shaadi|party|trip|wahan|vahan|udhar|station|airport|hostel|abroad|videsh|sone|so) )(?:jaane|jane|marne|chale jaane|chali jaane|chala jaane|duniya chhodne|duniya chodne) se pehle|(?:phir|uske baad|fir) (?:main )?(?:chala|chali) (?:jaunga|jaungi|jaaunga|jaaungi)(?= \.|$| hamesha)|(?:फिर|उसके बाद) (?:मैं )?(?:चला|चली) (?:जाऊंगा|जाऊंगी)(?= \.|$| हमेशा)|(?:and then|then) i (?:will go|am gone|go)(?= \.|$| forever)|(?<!(?:ऑफिस|स्कूल|कॉलेज|घर|बाहर|काम|मंदिर|बाजार|परीक्षा|शादी|सोने) )(?:जाने|मरने|चले जाने|दुनिया छोड़ने) से पहले/;

/** A means of poisoning at hand, in all three languages (the overdose lexicons list more). */
const POISON_AT_HAND =
  /@poison|rat killer|(?:sleeping|sleep) (?:pills|tablets)|(?:chuhe|chuha|keede|keeda|kide) (?:maarne|marne|maar|mar) (?:ki|wali|ka) (?:dawai|dawa|goli|goliyan)|chuhemaar|zeher|keetnashak|tezaab|tejab|sulphas|neend ki (?:goli|goliyan|dawai)|(?:चूहे|चूहा|कीड़े|कीड़ा) (?:मारने|मार) (?:की|वाली|का) (?:दवा|दवाई|गोली)|चूहेमार|ज़हर|जहर|कीटनाशक|फिनाइल|तेज़ाब|तेजाब|सल्फास|नींद की (?:गोली|गोलियां|दवा|दवाई)/;

/** The means of hanging, for the same rumination. */
const ROPE_AT_HAND = /rope|noose|the fan|phanda|phande|rassi|फंदा|फंदे|रस्सी/;

/** A thought that keeps returning to it: "I keep thinking about it", "बार बार उसी का ख्याल". */
const KEEPS_RETURNING =
  /(?:keep|keeps|kept|keeping|cannot stop|could not stop|always|constantly) (?:thinking|think|thought) (?:about|of) (?:(?:it|them|that|those)(?= \.|$| all the time| every day| day and night| constantly| again| and)|using (?:it|them)|taking (?:it|them)|drinking (?:it|that)|swallowing (?:it|them))|(?:it|they) (?:keep|keeps) calling (?:to )?me|(?:my mind|my thoughts|mind|thoughts) (?:keep|keeps) going (?:back )?to (?:it|them)|(?:usi|isi|uska|iska|wahi|usi ka|isi ka) (?:ka |ki )?(?:khayal|khyal|khayaal|soch|vichar|dhyan) (?:aata|aa raha|aa rahi|aati|jaata|ja raha)|(?:baar baar|bar bar|din raat|har waqt|hamesha) (?:[^ .]+ ){0,3}?(?:khayal|khyal|khayaal|soch|sochta|sochti|dhyan) (?:aata|aa raha|jaata|ja raha|rahta|rehta|rahti|rehti|hu)|(?:उसी|इसी|उस|वही) (?:का |की )?(?:ख्याल|ख़्याल|ख़याल|सोच|विचार|ध्यान) (?:आता|आ रहा|आती|जाता|जा रहा)|(?:बार बार|दिन रात|हर वक्त|हर समय) (?:[^ .]+ ){0,3}?(?:ख्याल|ख़्याल|सोच|ध्यान) (?:आता|आ रहा|जाता|रहता)/;

/** Saying that enough has been put by: "I think I have enough now". */
const HAVE_ENOUGH =
  /(?:have|got|collected|saved|gathered) enough(?: [^ .]+){0,3}?(?= \.|$| now| to (?:do it|end it|die|go|not wake up|never wake up))|(?:kaafi|kafi|itni) (?:goliyan|goli|dawai|tablets) (?:jama|ikatthi|ikathi) (?:ho gayi|kar li)|(?:काफी|इतनी) (?:गोलियां|दवाइयां|दवाई) (?:जमा|इकट्ठी) (?:हो गई|कर ली)/;

const MEDICINE = /@drug|sleeping pills|goli|goliyan|dawai|dawaiyan|गोली|गोलियां|दवा|दवाई|दवाइयां/;

/** Being touched, and told to keep it secret: how abusers of children work. */
const TOUCHED = /touch|touches|touched|touching|chhute|chhuta|chhua|chhoo|छूते|छूता|छुआ/;
const KEEP_SECRET =
  /(?:not to|never to|do not|dont|must not) tell (?:anyone|anybody|mom|mum|my (?:mom|mum|mother|parents|dad))|(?:our|a|it is our) (?:little )?secret|kisi ko (?:mat|na|nahi) (?:batana|bataana|bolna)|किसी को (?:मत|न|नहीं) (?:बताना|बोलना)/;

/** A child, including a neighbour's. */
const CHILD =
  /@childword|little (?:boy|girl|one|ones)|(?:boy|girl|kid|kids|child|children) next door|(?:neighbour|neighbours|neighbor|neighbors) (?:kid|kids|child|children|son|daughter|boy|girl|baby)|chhota bachcha|chhoti bachchi|छोटी बच्ची|छोटा बच्चा/;

/** Injuries or cries that keep coming back: bruises every week, screaming at night. */
const REPEATED_HURT =
  /covered in (?:bruises|burns|burn marks|welts|cuts)|locked (?:outside|out|in|up) (?:every night|every day|at night|all night|for hours|regularly|often|again)|(?:crying|screaming|wailing) (?:every night|all night|at night every|for hours every)|(?:bruises|bruised|bruise|burn marks|cigarette burns|welts|black eye|black eyes|belt marks|injuries) (?:[^ .]+ ){0,3}?(?:every (?:week|day|time|other day|morning)|all the time|always|again|regularly)|(?:always|keeps|keep|often|regularly|again) (?:has|have|having|getting|gets|shows up with|showing up with|comes with|coming with|comes to school with|coming to school with|comes to class with|coming to class with) (?:new )?(?:bruises|burn marks|burns|welts|a black eye|injuries|marks)|(?:hear|heard|hearing) (?:[^ .]+ ){0,3}?(?:screaming|crying|scream|screams|cries|wailing|begging)(?: [^ .]+){0,2}? (?:every night|at night|every day|all night|for help|again)|(?:roz|rozana|har din|har roz) (?:[^ .]+ ){0,2}?(?:peeta|pita|peet|maara|mara|maarte|marte|peette|pitte|pitai) (?:jata|jaata|jati|jaati|hai|hoti)|(?:चोट|नीले|जलने) (?:के )?निशान|(?:रोज़|रोज|हर दिन|रोजाना) (?:[^ .]+ ){0,2}?(?:पीटा|मारा|पीटते|मारते|पिटाई)|(?:चीखने|रोने|चिल्लाने) की (?:आवाज़|आवाज|आवाजें)|(?:chot|zakhm|jalne) ke (?:nishan|nishaan)|(?:cheekhne|rone|chillane) ki (?:awaaz|aawaz|awaz|aawaaz)/;

/** Ordinary ways a child gets hurt. */
const PLAYGROUND =
  /football|cricket|practice|playing|played|fell|fall|fallen|accident|sports|match|game|gir gaya|gir gayi|girne|गिर|खेल/;

/** Shut in a room to hide: "मैं कमरे में बंद हूँ", "main bathroom mein band hu", "hiding in the closet". */
const HIDING_INSIDE =
  /(?:locked myself|i am hiding|hiding|hid|i am locked|barricaded myself) (?:in|inside) (?:the |my |a )?(?:bathroom|washroom|toilet|room|bedroom|closet|cupboard|wardrobe|car|kitchen|basement)|(?:कमरे|बाथरूम|टॉयलेट|कोठरी|रसोई|अलमारी) में (?:[^ .]+ )?(?:बंद|छुपी|छुपा|छिपी|छिपा) (?:हूं|बैठी|बैठा)|(?:kamre|room|bathroom|washroom|toilet|kothri|rasoi|kitchen|almari) (?:mein|me|main) (?:[^ .]+ )?(?:band|chhupi|chhupa|chupi|chupa|lock) (?:hu|baithi|baitha|kar liya|kar li)/;

/** Someone violent or frightening on the other side of the door. */
const VIOLENCE_NEAR =
  /hit|hits|beat|beats|beating|hitting|banging|pounding|kicking|threatening|drunk|terrified|maara|mara|maar raha|maar rahe|maarega|marega|peet raha|peet rahe|peeta|pita|dhamki|dhamkiyan|chilla raha|chilla rahe|chillata|chillate|darwaza|darwaaza|nashe|daaru|sharab|मारा|मार रहा|मारेगा|पीट|पीटा|पीट रहा|धमकी|चिल्ला|चिल्ला रहा|नशे|शराब|दरवाजा/;

/** Cut off from the world: not let out, not let to call anyone, shut in a room. */
const CONFINED =
  /(?:kamre|room|bathroom|store room|kothri) (?:mein|me) band (?:kar|karke) (?:[^ .]+ )?(?:rakhte|rakhta|rakhti|dete|deta|deti|jaate|jaata|jaati|diya|di)|(?:कमरे|बाथरूम|कोठरी) में बंद (?:कर|करके) (?:[^ .]+ )?(?:रखते|रखता|रखती|देते|देता|देती|जाते|जाता|जाती|दिया|दी)|(?:bahar|baahar) (?:nahi|na) (?:jaane|jane|nikalne) (?:de|deta|deti|dete|de raha|de rahi|de rahe|dega|degi|denge)|(?:will not|does not|do not|never|not) let(?:ting)? me (?:leave|go out|go outside|out|go anywhere|see (?:anyone|my (?:friends|family|parents))|talk to (?:anyone|my (?:friends|family|parents))|meet anyone|call anyone|use (?:the|my) phone)|(?:locks|locked|keeps|kept) me (?:in|inside|locked|at home|in the house)|बाहर (?:नहीं|न) (?:जाने|निकलने) (?:दे|देता|देती|देते|दे रहा|दे रही|दे रहे|देगा)|(?:किसी से|दोस्तों से|घर वालों से|मायके) (?:बात|मिलने) (?:नहीं|न) (?:करने|देता|देते|दे)@rest|(?:kisi se|doston se|ghar walon se|gharwalon se|maayke|mayke) (?:baat|milne) (?:nahi|na) (?:karne|dene|deta|dete|de)@rest/;

/** The phone taken away, so no one can be called. */
const PHONE_TAKEN =
  /(?:took|takes|taken|keeps|kept|holds|holding|has|snatched) (?:away )?my (?:passport|documents|id|papers|aadhaar|aadhar)|(?:passport|documents) (?:rakh liya|le liya|cheen liya|chheen liya)|(?:phone|mobile) (?:cheen|chheen|chhin|chin|chheena|cheena|chhina|le liya|le li|tod diya|tod di|rakh liya|chupa diya)@rest|(?:took|takes|taken|take|snatched|snatches|smashed|broke|hid|hides|keeps|kept) (?:away )?my (?:phone|mobile|sim)|(?:फोन|मोबाइल) (?:छीन|ले लिया|तोड़ दिया|रख लिया)@rest/;

/** A weapon in hand and the place the person will be: "I have a gun and I know where she lives". */
const HAVE_WEAPON =
  /(?:have|got|bought|keep|carrying|kept|hidden|hid|took|stole) (?:a |my |the )?(?:(?:dad|dads|father|fathers|papa|brother|brothers|uncle|uncles|friend|friends) )?(?:gun|knife|pistol|revolver|katta|machete|blade|rifle|acid)|(?:gun|knife|pistol|katta|chaku|chaaku|talwar|tezaab) (?:hai|rakha hai|le liya|khareed liya|kharid liya)|(?:बंदूक|चाकू|कट्टा|तलवार|तेज़ाब|तेजाब) (?:है|रखा है|ले लिया|खरीद लिया)/;
const KNOW_WHERE =
  /(?:know|found out|found) where (?:he|she|they|that [^ .]+) (?:lives|live|works|work|parks|sleeps|stays|studies|goes)|(?:pata hai|pata chal gaya) (?:wo|woh|vo) kahan (?:rehta|rehti|rahta|rahti|jaata|jaati|kaam karta|kaam karti)|(?:पता है|पता चल गया) (?:वो|वह) कहां (?:रहता|रहती|जाता|जाती)/;

/** Enough, and it all ends: "bas ab aur nahi, sab khatam". */
const NO_MORE =
  /(?:bas ab aur nahi|ab aur nahi|bas ab bahut ho gaya|bas bahut ho gaya|bahut ho gaya|bohot ho gaya|enough is enough|i cannot anymore|no more|बस अब और नहीं|अब और नहीं|बस बहुत हो गया|बहुत हो गया)/;
const ALL_ENDS =
  /sab khatam|sab kuch khatam|khatam karna hai|सब खत्म|सब कुछ खत्म|खत्म करना है|it all ends|it ends (?:tonight|today|now)/;

/** A partner or in-law: control by them is how much abuse at home begins. */
const PARTNER_OR_INLAW =
  /bf|boyfriend|husband|pati|sasural|in laws|inlaws|saas|sasur|partner|fiance|पति|ससुराल|सास|ससुर|बॉयफ्रेंड/;

/*
 * Farewell signals. Any two together are a goodbye, whichever two: "sorry for everything" and
 * "take care of mum for me", "alvida" and "hamesha ke liye ja raha hu". One alone is ordinary
 * ("goodbye!" at the end of a chat), which is why these are not lexicon lines.
 */
const SORRY_FOR_EVERYTHING =
  /sorry for everything|i am (?:so |really |truly )?sorry (?:mom|mum|mummy|dad|papa|maa|everyone|guys|all of you)|(?:please forgive|forgive) me(?= \.|$| for everything| everyone| all| mom| mum| dad| maa| papa)|(?:mujhe maaf|maaf) (?:kar dena|kardena|kar dijiye)|(?:मुझे माफ|माफ) (?:कर देना|कर दीजिए)/;
const TAKE_CARE_OF_THEM =
  /(?<!(?:i|will|to|must|should|can|and|we|i will|how) )take (?:good )?care of (?:my |our )?(?:mom|mum|mother|dad|father|mummy|papa|family|parents|sister|brother|kids|children|baby|cat|dog|pets?|wife|husband|grandma|grandmother|grandpa)|(?<!(?:i|will|to|must|should|can|and|we|how) )look after (?:my |our )?(?:mom|mum|mother|dad|father|family|parents|sister|brother|kids|children|cat|dog|pets?)|(?:maa|mummy|mumma|mom|papa|ghar walon|gharwalon|ghar walo|family|behen|bhai|maa papa|mummy papa|bachon|bacchon|bachcho) (?:ka|ki) (?:khayal|khyal|khayaal|dhyan) (?:rakhna|rakhiyo|rakhiye|rakh lena)(?! chahiye| hai| padta| padega)|(?:मां|मम्मी|पापा|परिवार|घरवालों|घर वालों|बहन|भाई|बच्चों) (?:का|की) (?:ख्याल|ध्यान) (?:रखना|रखिए|रख लेना)(?! चाहिए| है| पड़ता)/;
const SO_TIRED =
  /i am (?:so |really |very |just )?(?:tired|exhausted)(?= \.|$| of (?:everything|it all|life|living|fighting|trying)| now)|(?:bahut thak|bohot thak|ab thak|thak) (?:gaya|gayi|chuka|chuki) (?:hu|sabse)|(?:बहुत थक|अब थक|थक) (?:गया|गई|चुका|चुकी) (?:हूं|सबसे)/;
const GOODBYE =
  /goodbye|good bye|alvida|अलविदा|farewell|bye forever|bye everyone|bye sabko|sabko bye/;
const NEVER_MEET_AGAIN =
  /(?:ab|phir) (?:kabhi )?(?:nahi|na) (?:milenge|milunga|milungi|dikhunga|dikhungi)|(?:अब|फिर) (?:कभी )?(?:नहीं|न) (?:मिलेंगे|मिलूंगा|मिलूंगी|दिखूंगा|दिखूंगी)|(?:you will|you wont|you will not) (?:never )?see me again/;
const TELL_THEM_I_LOVE =
  /tell (?:my )?(?:mom|mum|mother|dad|father|family|parents|sister|brother|everyone|kids|wife|husband|friends) (?:that )?i (?:love|loved) (?:her|him|them|you|all of you|everyone)|(?:mummy|maa|papa|sabko|ghar walon) (?:ko )?(?:bol|bata|keh) (?:dena|dijiye|do) (?:ki )?(?:main|mai|mein)? ?(?:unse |sabse )?(?:pyar|pyaar|love)|(?:मम्मी|मां|पापा|सबको) (?:को )?(?:बोल|बता|कह) (?:देना|दीजिए|दो) (?:कि )?(?:मैं )?(?:उनसे |सबसे )?प्यार/;
const NOT_YOUR_FAULT =
  /(?:it is|it was|this is|this was) not (?:your|anyones|anyone|their) fault|kisi ki (?:galti|galati) nahi|किसी की गलती नहीं/;
const GOING_FOR_GOOD =
  /(?:going|leaving) (?:away )?(?:forever|for ever)|(?:ja|jaa|chala|chali|chale) (?:raha |rahi |rahe )?(?:hu |hoon )?(?:[^ .]+ ){0,3}?hamesha ke liye|hamesha ke liye (?:ja|jaa|chala|chali|chale|so)|(?:जा|चला|चली) (?:रहा |रही )?(?:हूं )?हमेशा के लिए|हमेशा के लिए (?:जा|चला|चली|सो)/;
const WHEN_I_AM_GONE =
  /(?:when|after|once) i am (?:gone|dead|no more|not around)(?! for)|when i go(?= \.|$| either)|(?:mere|meri) (?:jaane|marne|maut) ke baad|(?:मेरे|मेरी) (?:जाने|मरने|मौत) के बाद|(?:jab|agar) (?:main|mai) (?:nahi|na) (?:rahunga|rahungi|rahu)|(?:जब|अगर) मैं (?:नहीं|न) (?:रहूंगा|रहूंगी|रहूं)/;
const NO_ONE_WILL_REMEMBER =
  /(?:no one|nobody) (?:will|would) (?:even )?(?:remember|miss) me|(?:koi|kisi ko) (?:mujhe )?(?:yaad|miss) (?:nahi|na) (?:karega|aayegi|aayega|karenge)|(?:कोई|किसी को) (?:मुझे )?(?:याद|मिस) (?:नहीं|न) (?:करेगा|आएगी|आएगा|करेंगे)/;
/** "Tonight is the night" (the contraction leaves "tonight the night"). */
const TONIGHT_IS_THE_NIGHT =
  /(?:tonight|today) (?:is )?the (?:night|day)|(?:tonight|today) (?:is )?it(?= \.|$)|aaj (?:raat )?(?:hi )?wo (?:raat|din) hai/;
/** "I've made my peace": said when the decision is taken. */
const MADE_MY_PEACE =
  /(?:made|making|make) (?:my )?peace(?= \.|$| with (?:it|everything|everyone|dying|death|the end|my decision))/;
/** Letters left for everyone, "they'll understand one day", "I've made up my mind". */
const LETTERS_FOR_ALL =
  /(?:wrote|written|writing|left|leaving) (?:letters|notes|a letter|a note) (?:to|for) (?:everyone|everybody|each of them|all of them|my family|my parents|my kids|the people i love)/;
const THEY_WILL_UNDERSTAND =
  /(?:they|you|everyone|she|he) (?:will|would) understand (?:one day|someday|some day|later|eventually|why)/;
const MIND_MADE_UP =
  /(?:made up my mind|my mind is made up|i have decided|faisla kar liya|फैसला कर लिया)(?= \.|$| now| tonight| to go| it is time)|ready to let go(?= \.|$| now| of (?:life|everything|it all|this world))/;
const SORRY_THROUGH_SOMEONE =
  /(?:sabko|sab ko|mummy ko|papa ko|maa ko|ghar walon ko|ghar walo ko) (?:mere taraf se |meri taraf se )?(?:sorry|maafi|maaf) (?:bol|keh|kah) (?:dena|dijiye|do)|(?:सबको|सब को|मम्मी को|पापा को|मां को|घर वालों को) (?:मेरी तरफ से )?(?:सॉरी|माफी) (?:बोल|कह) (?:देना|दीजिए|दो)|tell (?:my )?(?:mom|mum|dad|parents|family|sister|brother) (?:that )?i am sorry/;
/** A will written: "wasiyat likh di", "I made my will". */
const WILL_WRITTEN =
  /(?:wasiyat|vasiyat|wasiyatnama) (?:likh|likhi|bana|banwa)@rest|(?:wrote|written|made|writing|making|updated|finished) (?:a |my )(?:will|last will)(?= \.|$| and| today| yesterday| last)|(?:वसीयत) (?:लिख|बना)@rest/;
/** "I'm done": said with nothing after it, or about waiting. */
const DONE_WAITING =
  /i am (?:so )?done(?= \.|$| waiting| with (?:everything|it all|life|living|trying))/;
const LAST_WORDS =
  /(?:last|final) (?:message|msg|words|post|note|letter)|by the time you read this|(?:aakhri|akhri|aakhiri|antim) (?:message|msg|sandesh|khat)|(?:आखिरी|अंतिम) (?:संदेश|मैसेज|खत)/;
const ONE_LAST_TIME =
  /(?:one|for the) last time|one final time|(?:ek aakhri|ek akhri|ek aakhiri|aakhri|akhri|aakhiri) (?:baar|bar)|(?:एक आखिरी|एक अंतिम|आखिरी|अंतिम) बार/;

/** A hand injured on purpose: "jaan bujh ke", "on purpose". */
const ON_PURPOSE =
  /on purpose|deliberately|intentionally|to punish myself|jaan bujh ke|jaan bujhkar|jaan boojh ke|jaanbujhkar|jan bujh ke|khud ko saza|khud ko saja|जानबूझकर|जान बूझकर|जान बूझ के|खुद को सज़ा|खुद को सजा/;
const SELF_INJURY =
  /(?:zakhmi|ghayal|lahuluhan|khoon nikal|khoon nikaal|jala|jalaa|kaat|kaata|kaati) (?:kar |ho )?(?:liya|li|diya|di|gaya|gayi|leta|leti)|(?:जख्मी|घायल|लहूलुहान|जला|काट) (?:कर |हो )?(?:लिया|ली|दिया|दी|गया|गई|लेता|लेती)|(?:hurt|cut|burned|burnt|bruised|injured|punched|hit|scratched|bit) (?:myself|my (?:hand|hands|arm|arms|wrist|wrists|knuckles|leg|legs|skin|head|face))/;

export const CRISIS_COMBINATIONS: readonly CrisisCombination[] = [
  // Settling affairs: giving things away and saying they will not be needed. Old things given
  // to a library or to charity are decluttering, not a goodbye.
  {
    category: 'suicidal',
    signals: [GAVE_AWAY, WONT_NEED],
    unless: [
      /old|purane|purani|purana|पुराने|पुरानी|पुराना|donate|donated|donating|donation|daan|दान|charity|library|orphanage|juniors?|semester|graduated|graduating|moving|shifting|relocating/,
    ],
  },
  // Giving things away with a will just written.
  {
    category: 'suicidal',
    signals: [GAVE_AWAY, WILL_WRITTEN],
    unless: [
      /old|purane|purani|पुराने|पुरानी|donate|donated|donating|donation|daan|दान|charity|library/,
    ],
  },
  // Giving things away "for when I'm gone": the same settling of affairs.
  {
    category: 'suicidal',
    signals: [GAVE_AWAY, WHEN_I_AM_GONE],
    unless: [
      /old|purane|purani|पुराने|पुरानी|donate|donated|donating|donation|daan|दान|charity|library/,
    ],
  },
  // "One last time before I go": a last wish before leaving, with nowhere to leave to.
  { category: 'suicidal', signals: [LAST_TIME, BEFORE_I_GO] },
  // Poison or a rope at hand and a mind that keeps going back to it.
  { category: 'overdose', signals: [POISON_AT_HAND, KEEPS_RETURNING] },
  { category: 'suicidal', signals: [ROPE_AT_HAND, KEEPS_RETURNING] },
  // The means and the night chosen: "all my meds, tonight's the night".
  { category: 'suicidal', signals: [TONIGHT_IS_THE_NIGHT, MEDICINE] },
  { category: 'suicidal', signals: [TONIGHT_IS_THE_NIGHT, POISON_AT_HAND] },
  { category: 'suicidal', signals: [TONIGHT_IS_THE_NIGHT, ROPE_AT_HAND] },
  // Medicine put by until there is "enough".
  { category: 'overdose', signals: [MEDICINE, HAVE_ENOUGH] },
  // A child with injuries or cries that recur: the neighbour who sees it needs the child lines.
  {
    category: 'abuse-danger',
    signals: [CHILD, REPEATED_HURT],
    unless: [PLAYGROUND],
    concern: 'other',
    child: true,
  },
  // Touched, and told not to tell.
  { category: 'abuse-danger', signals: [TOUCHED, KEEP_SECRET] },
  // Hiding behind a locked door from someone violent.
  { category: 'abuse-danger', signals: [HIDING_INSIDE, VIOLENCE_NEAR], concern: 'self' },
  // A weapon and where the person will be.
  { category: 'harm-others', signals: [HAVE_WEAPON, KNOW_WHERE], concern: 'self' },
  // "Bas ab aur nahi, sab khatam": no more, and it all ends.
  { category: 'suicidal', signals: [NO_MORE, ALL_ENDS], concern: 'self' },
  // Coercive control: kept in, phone taken, or kept in by a partner or in-laws. A phone taken
  // until the exams is a parent's rule, not a cage.
  {
    category: 'abuse-danger',
    signals: [CONFINED, PHONE_TAKEN],
    unless: [
      /exam|exams|padhai|study|studies|marks|result|results|homework|tuition|boards|grades|परीक्षा|पढ़ाई/,
    ],
    concern: 'self',
  },
  { category: 'abuse-danger', signals: [CONFINED, PARTNER_OR_INLAW], concern: 'self' },
  // Hurting oneself on purpose, said with the injury ("maar maar ke zakhmi kar liya, jaan bujh ke").
  { category: 'self-harm', signals: [ON_PURPOSE, SELF_INJURY], concern: 'self' },
  // Any two farewell signals. Giving things away is not among them: alone with "won't need
  // them" it has its own rule, whose exceptions must not be bypassed here.
  {
    category: 'suicidal',
    signals: [
      SORRY_FOR_EVERYTHING,
      TAKE_CARE_OF_THEM,
      SO_TIRED,
      GOODBYE,
      TELL_THEM_I_LOVE,
      NOT_YOUR_FAULT,
      GOING_FOR_GOOD,
      WHEN_I_AM_GONE,
      NO_ONE_WILL_REMEMBER,
      NEVER_MEET_AGAIN,
      LETTERS_FOR_ALL,
      THEY_WILL_UNDERSTAND,
      MIND_MADE_UP,
      SORRY_THROUGH_SOMEONE,
      WILL_WRITTEN,
      DONE_WAITING,
      TONIGHT_IS_THE_NIGHT,
      MADE_MY_PEACE,
      LAST_WORDS,
      ONE_LAST_TIME,
      WONT_NEED,
    ],
    needed: 2,
    concern: 'self',
  },
];
