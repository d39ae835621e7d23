/**
 * Hinglish (Hindi in Latin letters) crisis phrases. Spelling variants are folded by
 * `spellings.ts` first (nahin/nhi → nahi, hoon/hun → hu, khudkhushi → khudkushi), so these
 * lines name one spelling. Verbs keep both "mar" (die) and "maar" (hit, kill) forms apart,
 * because people type "mar dunga" for "maar dunga" but never "maar jaunga" for "mar jaunga".
 *
 * English words inside Hinglish ("suicide karna hai", "cutting karti hu") are caught by the
 * English lexicon, which runs on every message.
 */
import type { CrisisPattern } from './crisis-pattern.ts';

const SUICIDAL: readonly CrisisPattern[] = [
  { category: 'suicidal', pattern: /khudkushi|aatmahatya/, negation: 'both' },
  {
    category: 'suicidal',
    pattern: /(?:marna|mrna|mar jana|mar jaana|marjana|mar jaun|mar jau) (?:hi )?(?:@chahta)/,
  },
  {
    category: 'suicidal',
    pattern:
      /mujhe (?:bas |ab |sach mein |sach me )?(?:marna|mar jana|mar jaana) (?:hai|chahiye)|(?:marna|mar jana) hai mujhe/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:marne|mrne) (?:ka|ki|ko) (?:mann|man|mn|dil|ichha|khwahish|irada|iraada) (?:karta|karti|kar raha|kar rahi|ho raha|ho rahi|hota|hoti|hai)/,
  },
  {
    category: 'suicidal',
    pattern:
      /marne (?:ke baare mein|ke bare me|ke bare mein|ke baare me|ka) (?:soch|sochta|sochti|khayal|khyal|vichar|vichaar)@rest/,
  },
  {
    category: 'suicidal',
    pattern:
      /mar (?:jau|jaun|jaaun|jaau|jaunga|jaungi) (?:to|toh) (?:accha|acha|achha|behtar|sahi|theek|thik|better|sab|sabki|sabka|sabke|sari|saari|problem|problems|kisi)/,
  },
  {
    category: 'suicidal',
    pattern:
      /kaash (?:@main )?(?:mar jaun|mar jau|mar jaata|mar jaati|mar jata|mar jati|mar gaya hota|mar gayi hoti|paida (?:hi )?(?:na|nahi) (?:hota|hoti|hua hota|hui hoti))/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:bhagwan|upar wala|upar wale|uparwala|uparwale|god|ishwar|prabhu|krishna|kanha) (?:(?:mujhe|ab|please|plz|jaldi|apne paas|apne pas|bhi) ){0,4}(?:utha le|utha lo|bula le|bula lo|apne paas bula|maut de|le jao|le chalo|le jaiye)/,
  },
  {
    category: 'suicidal',
    pattern: /maut (?:aa jaye|aa jaaye|aa jae|chahiye|de de|mil jaye|mil jaaye)/,
  },
  { category: 'suicidal', pattern: /jeena (?:hi )?nahi (?:@chahta|hai)/, negation: 'none' },
  { category: 'suicidal', pattern: /(?:nahi|na) jeena (?:hai|@chahta|mujhe)/, negation: 'none' },
  // The sentence ends on it: "bas ab bahut ho gaya, ab aur nahi jeena". Not after "ke", "se",
  // "mein"…: "darr ke saath nahi jeena" is a resolution to live without fear.
  {
    category: 'suicidal',
    pattern: /(?<!(?:ke|kar|se|mein|me|saath|tarah) )(?:nahi|na) jeena(?= \.|$| ab| yaar| bas)/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern: /zinda (?:nahi|na) (?:rehna|rahna|rehna hai|rehna @chahta|rahna @chahta)/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /(?:dil|mann|man|jee|ji) (?:karta|karti|hota) hai (?:ki )?(?:@main )?mar (?:jau|jaun|jaaun|jaau)/,
  },
  {
    category: 'suicidal',
    pattern:
      /kuch (?:kar|ulta seedha kar|ulta sidha kar|galat kar) (?:baithunga|baithungi|lunga|lungi)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:ab|aur) (?:aur )?(?:nahi|na) jee (?:sakta|sakti|sakte|paunga|paungi|pa raha|pa rahi)|jee nahi (?:sakta|sakti|paunga|paungi|pa raha|pa rahi)/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /(?:jeene|zinda rehne|zinda rahne|jeete rehne) (?:ka|ki|ke) (?:koi )?(?:mann|man|mn|dil|ichha|wajah|matlab|reason|kaaran|karan|maksad|chah|himmat|umeed|umid|fayda|faida|point) (?:hi )?(?:nahi|na|khatam)/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /zindagi (?:se )?(?:tang|thak|pareshan|bezaar|bezar) (?:aa gaya|aa gayi|ho gaya|ho gayi|gaya|gayi|hu|aa chuka|aa chuki)|(?:tang|thak) (?:aa )?(?:gaya|gayi|chuka|chuki) (?:hu )?(?:is |iss |apni |meri )?zindagi se/,
  },
  {
    category: 'suicidal',
    pattern:
      /zindagi (?:ka koi matlab nahi|ka koi maksad nahi|bekar|bekaar|bojh|khatam kar|se nafrat|jeene layak nahi|khatam ho gayi|khatam hai)/,
    negation: 'none',
  },
  // "sab khatam kar dunga" and its relatives: ending everything, or oneself.
  {
    category: 'suicidal',
    pattern:
      /(?:sab|sabkuch|sab kuch|sabkuchh|sab kuchh|khud ko|khudko|apne aap ko|apne aapko|apni zindagi|zindagi|apni life|life|khud ka) (?:khatam|khtam) (?:kar|karna|karne|kr) ?(?:dunga|dungi|du|dun|doon|denge|lunga|lungi|lu|lun|loon|lenge|@chahta|raha|rahi|ka socha|ka soch|ka man|ka mann|ka irada|ka time|ka waqt|ka samay|wala|wali|hai)|khatam (?:karna|kar dena|kar du|kar dun) hai (?:ye |yeh |ye sab |yeh sab )?(?:sab|sabkuch|sab kuch|zindagi|life|khud ko)/,
  },
  {
    category: 'suicidal',
    pattern:
      /apni jaan (?:de|le|dena|lena|dene|lene)(?: (?:dunga|dungi|du|dun|lunga|lungi|lu|lun|@chahta|ka socha|ka soch|wala|wali))?/,
  },
  { category: 'suicidal', pattern: /jaan de (?:dunga|dungi|du|dun)(?= \.|$)/ },
  {
    category: 'suicidal',
    pattern:
      /(?:khud|khudko|khud ko|apne aap ko|apne aapko) (?:maar|mar) (?:dunga|dungi|du|dun|lunga|lungi|lu|lun|loon|dalunga|daalunga|dalungi|daalungi|dalu|daalu|dena @chahta|daalna @chahta|dalna @chahta|lena @chahta)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:phansi|phanda|phande) (?:laga|lagaa|lagane|lagana|lagaunga|lagaungi|laga lunga|laga lungi|laga lu|dal|daal|pe|par|se)@rest/,
  },
  {
    category: 'suicidal',
    pattern: /(?:pankhe|pankha|fan|chhat|chat) se (?:latak|latka|lataka)@rest/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:train|railway|rail|truck|bus|gaadi|gadi) ke (?:aage|neeche|niche|samne|saamne) (?:kood|kud|aa|lait|let|jump)@rest/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:chhat|terrace|building|bridge|pul|imarat|balcony) (?:se|par se|pe se) (?:kood|kud|jump|chhalang)@rest/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:nadi|kuan|kuen|kuein|talab|nahar|river|samundar) (?:mein|me|main) (?:kood|kud|jump|chhalang|doob|dub)@rest/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:nas|nass|nasein|kalai|wrist) (?:kaat|kat|kaatna|katna|kaatunga|kaatungi|kaat lu|kaat li|kaat liya|kaatne|katne|cut)@rest/,
  },
  // Happier without me, in either word order: "mere bina sab khush", "sab log mere bina khush".
  {
    category: 'suicidal',
    pattern:
      /mere (?:bina|jaane ke baad|jane ke baad|marne ke baad|na rehne se|na hone se|na rehne par) (?:[^ .]+ ){0,3}?(?:khush|behtar|better|aaram|chain|sukhi|theek|thik|happy)@rest/,
  },
  {
    category: 'suicidal',
    pattern: /(?:@main) (?:[^ .]+ ){0,4}?bojh (?:hu|ban gaya|ban gayi|ban chuka|ban chuki)/,
  },
  // Not staying in this world: "is duniya mein nahi rehna".
  {
    category: 'suicidal',
    pattern:
      /(?:is duniya mein|is duniya me|duniya mein|duniya me|is dharti par) (?:(?:ab|aur|mujhe|main) ){0,2}(?:nahi|na) (?:rehna|rahna|reh sakta|reh sakti|rehna @chahta|rahna @chahta)/,
    negation: 'none',
  },
  // Ending everything, object last: "khatam kar dungi sab".
  {
    category: 'suicidal',
    pattern:
      /khatam kar (?:dunga|dungi|du|dun|lunga|lungi|lu|lun) (?:sab|sabkuch|sab kuch|khud ko|khudko|zindagi|apni zindagi)/,
  },
  // Gone by morning: "kal subah tak main nahi rahungi".
  {
    category: 'suicidal',
    pattern:
      /(?:kal|subah|kal subah|aaj raat) tak (?:main |mai )?(?:nahi|na) (?:rahunga|rahungi|rahu|bachunga|bachungi)/,
    negation: 'none',
  },
  // Apologies sent to everyone through someone else: "sab ko sorry bol dena".
  {
    category: 'suicidal',
    pattern:
      /(?:sabko|sab ko) (?:mere taraf se |meri taraf se )?(?:sorry|maafi|maaf) (?:bol|keh|kah) (?:dena|dijiye|do)/,
  },
  // The line of a suicide note: "meri maut ka zimmedar koi nahi".
  {
    category: 'suicidal',
    pattern:
      /(?:meri|mere) (?:maut|marne|mrne) (?:ka|ki|ke) (?:zimmedar|zimmedaar|jimmedar|jimmedaar|zimmewar|jimmewar|zimmedari) (?:koi nahi|koi bhi nahi|sirf main|main khud|khud main)/,
    negation: 'none',
  },
  // Poison bought and kept: "zeher la ke rakha hai".
  {
    category: 'suicidal',
    pattern:
      /(?:zeher|sulphas|celphos|keetnashak|chuhemaar|rassi|phanda|neend ki goliyan) (?:la ke|laake|laa ke|lekar|le ke|khareed ke|kharid ke|mangwa ke) (?:rakha|rakhi|rakh liya|rakh li|rakhe)/,
  },
  // "Aaj raat sab khatam": everything ends tonight, verb left out.
  {
    category: 'suicidal',
    pattern: /(?:aaj raat|aaj|abhi) (?:hi )?sab (?:kuch |kuchh )?khatam(?= \.|$| kar| ho)/,
  },
  // Going to God soon: devotion with a date on it ("bhagwan ke paas jaldi jaana hai").
  {
    category: 'suicidal',
    pattern:
      /(?:bhagwan|krishna|kanha|prabhu|bhagwaan|upar wale) (?:ji )?ke (?:paas|pas) (?:jaldi|abhi|aaj hi|aaj raat|aaj) (?:jaana|jana|chala jaana|chali jaana|jaunga|jaungi|chala jaunga|chali jaungi)/,
  },
  // My not being here is better: "mera na hona hi accha hai".
  {
    category: 'suicidal',
    pattern:
      /(?:mera|mere) (?:na|nahi) (?:hona|rehna|rahna|hone|rehne) (?:hi )?(?:[^ .]+ ){0,3}?(?:accha|acha|achha|behtar|better|sahi|theek|thik)/,
    negation: 'none',
  },
  // Nothing left but dying: "marne ke alawa koi rasta nahi".
  {
    category: 'suicidal',
    pattern:
      /(?:marne|maut|suicide|khudkushi) (?:ke )?(?:alawa|alava|siva|siwa|siwaay|sivay|sivaay) (?:koi|aur koi) (?:rasta|raasta|chara|chaara|upay|option)/,
    negation: 'none',
  },
  { category: 'suicidal', pattern: /bojh (?:lagta|lagti) (?:hu|hoon)/ },
  // A burden on them, with "main" after or left out: "ghar walo pe bojh ban gaya hu main".
  {
    category: 'suicidal',
    pattern:
      /bojh (?:ban gaya|ban gayi|ban chuka|ban chuki|bana hua|bani hui) (?:hu|hoon)|(?:pe|par|ke liye|ke upar) (?:ek )?bojh (?:hu|ban gaya|ban gayi)/,
  },
  // Nothing to live for: "kiske liye jiyu", "jee ke kya karu".
  {
    category: 'suicidal',
    pattern:
      /(?:kiske|kis ke|kis) liye (?:jiyu|jiyun|jiun|jeeyu|jeeu|jeeun|jiu|jeena|jee raha|jee rahi|jiye|jiyen)|kyu (?:jiyu|jiyun|jeeyu|jeeun|jiun)|jee ke kya (?:karu|karunga|karungi|fayda|faida)|jeene ka kya (?:fayda|faida|matlab|point)/,
    negation: 'none',
  },
  // Hoping the morning does not come: "kal subah na aaye toh accha hai".
  {
    category: 'suicidal',
    pattern:
      /(?:kal|subah|kal subah|kal ki subah) (?:na|nahi) (?:aaye|aye|aae|ho|dekhu|dekhun|hui|hoti) (?:to|toh) (?:accha|acha|achha|behtar|better|theek|thik)/,
    negation: 'none',
  },
  // Leaving for ever: "main jaa raha hu hamesha ke liye".
  {
    category: 'suicidal',
    pattern:
      /(?:ja|jaa|chala|chali) (?:raha|rahi|jaunga|jaungi|jaaunga|jaaungi) (?:hu |hoon )?(?:[^ .]+ ){0,3}?hamesha ke liye|hamesha ke liye (?:ja raha|ja rahi|jaa raha|jaa rahi|chala|chali)/,
  },
  // Standing at the edge: "bridge pe khada hu abhi".
  {
    category: 'suicidal',
    pattern:
      /(?:(?:bridge|pul|patri|patriyon|railway track|track|tracks|ledge|railing|kinare|chhat ke kinare|terrace ke kinare|building ke kinare) (?:pe|par|ke upar)|(?:chhat|terrace|building|bridge|pul) ke kinare) (?:khada|khadi|khade|baitha|baithi) (?:hu|hoon)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:mere|meri) (?:marne|jaane|jane|na hone|na rehne|maut) (?:se|ke baad|par) (?:[^ .]+ ){0,2}?(?:kisi ko|koi) (?:fark|farak|farq)|(?:kisi ko|koi) (?:fark|farak|farq|miss) nahi (?:padega|karega|hoga) (?:agar|jab) (?:@main )?(?:mar|chala|chali|na|nahi)/,
  },
  {
    category: 'suicidal',
    pattern: /(?:subah|kal) (?:uthna|utthna|jaagna|jagna) (?:hi )?nahi (?:@chahta)/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /(?:so jaun|so jau|so jaaun|sota rahun) (?:aur|or) (?:kabhi )?(?:na|nahi) (?:uthu|uthun|uthoon|jaagu|jaagun|jagu)|hamesha ke liye so (?:jaun|jau|jaana|jana|jaaun)/,
    negation: 'none',
  },
  {
    category: 'suicidal',
    pattern:
      /(?:sabko|sab ko|duniya|duniya ko|hamesha ke liye|aakhri|akhri|aakhiri) alvida|alvida (?:sabko|sab ko|duniya|dosto|doston|hamesha)/,
  },
  {
    category: 'suicidal',
    pattern: /(?:ye|yeh) mera (?:aakhri|akhri|aakhiri|last|antim) (?:message|msg|sandesh|khat)/,
  },
  {
    category: 'suicidal',
    pattern: /hamesha ke liye (?:chala|chali|chale) (?:jaunga|jaungi|jaana|jana|jaun|jau)/,
  },
  {
    category: 'suicidal',
    pattern:
      /duniya (?:chhod|chod) (?:dunga|dungi|du|dun|doon|dena @chahta|jaana @chahta|ke jaana|ke jana|ke chala jaunga|ke chali jaungi)|duniya se (?:chala|chali) (?:jaunga|jaungi|jaana|jana)/,
  },
  { category: 'suicidal', pattern: /(?:gayab|mit) (?:ho )?(?:jana|jaana|jaane|jane) (?:@chahta)/ },
  {
    category: 'suicidal',
    pattern: /(?:maut|marna) hi (?:ek|aakhri|akhri|last) (?:rasta|raasta|option|upay|solution)/,
  },
];

const SELF_HARM: readonly CrisisPattern[] = [
  // Hitting or pricking oneself, "so I can feel pain": "apne aap ko maarti hu", "sui chubhati hu".
  {
    category: 'self-harm',
    pattern:
      /(?:khud ko|khudko|apne aap ko|apne aapko) (?:[^ .]+ )?(?:maarti|maarta|maarte|peetti|peetta|nochti|nochta|chubhati|chubhata|chubhoti|kaatti|kaatta|jalati|jalata) (?:hu|hoon|rehti|rehta|rahi|raha)|(?:taaki|taki|jisse|jis se) dard (?:mehsoos|mahsoos|feel) (?:ho|hota|kar)|khud ko (?:sui|pin|blade|compass|kaanch) (?:chubha|chubhati|chubhata|maarti|maarta)@rest/,
  },
  // Injuring a hand or oneself, by one's own doing ("kar liya", not "ho gaya", which is an accident).
  {
    category: 'self-harm',
    pattern:
      /(?:khud ko|khudko|apne aap ko|apna haath|apne haath|haath|hath|sar|kalai) (?:[^ .]+ ){0,6}?(?:zakhmi|ghayal|lahuluhan) kar (?:liya|li|leta|leti|lunga|lungi|deta|deti)/,
  },
  {
    category: 'self-harm',
    pattern:
      /(?:haath|hath|kalai|baazu|bazu|skin|pair|jangh|thigh) (?:pe|par) (?:blade|razor|chaku|chaaku|compass|kaanch)/,
  },
  {
    category: 'self-harm',
    pattern:
      /(?:haath|hath|kalai|baazu|bazu|baah|skin|arm|hand|khud ko|khudko|apne aap ko|apne aapko) (?:(?:kaat|kaata|kaati|kaatna|kaatne|kaatunga|kaatungi|kaatta|kaatti|kaatte|kaatu|kaatun|cut)(?: (?:li|liya|leta|leti|lunga|lungi|diya|di|rahi|raha|deti|deta))?|kat (?:li|liya|lunga|lungi|leta|leti))(?![^ ])/,
  },
  {
    category: 'self-harm',
    pattern:
      /(?:khud ko|khudko|apne aap ko|apne aapko|khud par|khud pe) (?:chot|nuksan|nuksaan|hurt|harm|dard|jala|jalaa|cut|blade)@rest/,
  },
  {
    category: 'self-harm',
    pattern:
      /(?:blade|razor|chaku|chaaku|knife) se (?:[^ .]+ ){0,3}?(?:haath|hath|khud ko|khudko|kalai|baazu|apne|apna|skin|jangh|pair)|(?:haath|hath|kalai|baazu) (?:pe|par) (?:blade|razor) (?:se )?(?:lines|cut|cuts|nishan)|(?:blade|razor) se (?:[^ .]+ )?(?:lines|cuts|cut|nishan|nishaan|zakhm) (?:bana|banati|banata|banaye|banaya|daal|dalti|dalta|kar)@rest/,
  },
  {
    category: 'self-harm',
    pattern: /cutting (?:karta|karti|karna|karne|kar raha|kar rahi|kar rhi|shuru)@rest/,
  },
];

const OVERDOSE: readonly CrisisPattern[] = [
  // The whole strip: "pura patta kha liya", drug named after or not at all.
  {
    category: 'overdose',
    pattern:
      /(?:pura|poora|puri|poori|saara|saari|sara|sari) (?:ka )?(?:patta|patte|strip|strips|shishi|packet) (?:[^ .]+ ){0,2}?(?:kha|khaa|nigal|pi|pee|le)@rest/,
  },
  // Asking how many: "kitni goli khane se insaan nahi uthta".
  {
    category: 'overdose',
    pattern:
      /kitni (?:[^ .]+ )?(?:goli|goliyan|dawai|tablet|tablets|pills|neend ki goli|neend ki goliyan)(?: [^ .]+){0,3}? (?:maut|mar|marta|marte|nahi uthta|nahi uthte|nahi uthega|jaan|overdose|od)@rest/,
    negation: 'none',
  },
  {
    category: 'overdose',
    pattern:
      /(?:neend|sone) (?:ki|ka|wali) (?:goli|goliyan|dawai|tablet|tablets|pills|pill)(?: [^ .]+){0,3}? (?:kha li|kha liya|khali|khaa li|kha lunga|kha lungi|khaunga|khaungi|khane|le li|le liya|le lunga|le lungi|nigal)@rest/,
  },
  {
    category: 'overdose',
    pattern:
      /(?:bahut saari|bahut sari|bahut si|saari|sari|dher saari|dher sari|puri|poori|pura patta|poora patta|ek saath|ek sath) (?:[^ .]+ ){0,2}?(?:goli|goliyan|dawai|tablet|tablets|pills|medicine|medicines|capsule|capsules)(?: [^ .]+)?? (?:kha|khaa|le|nigal)@rest/,
  },
  {
    category: 'overdose',
    pattern:
      /(?:@number|das|pandrah|bees|pachees|pachis|tees|chalis|pachas|sau) (?:[^ .]+ ){0,2}?(?:goli|goliyan|dawai|@drug)(?: [^ .]+)?? (?:kha|khaa|le|nigal)@rest/,
  },
  {
    category: 'overdose',
    pattern:
      /(?:goli|goliyan|dawai|tablet|tablets|pills|medicine|medicines) (?:ka|ki|ke) (?:poora|pura|puri|poori) (?:patta|pack|packet|bottle|shishi|strip) (?:kha|khaa|pi|pee|le|nigal)@rest/,
  },
  {
    category: 'overdose',
    pattern:
      /(?:zeher|poison|phenyl|phinail|finail|phenyle|keedemaar|keede maarne|keeda maarne|chuhe maarne|chuha maarne|keede maar|keeda maar|keede marne|keeda marne|kide maar|keetnashak|chuha maar|chuhe maar|chuhemaar|chuhe marne|tezaab|tejab|tezab|acid|harpic|kerosene|mitti ka tel|pesticide|sulphas|celphos) (?:(?:ki|ka|wali) )?(?:(?:dawai|goli|goliyan) )?(?:kha|khaa|pi|pee|piya|pee li|pi li|pi liya|kha li|kha liya|khali|pilunga|pi lunga|pi lungi|kha lunga|kha lungi|khaunga|khaungi|piunga|piungi|peene|pine|khane)@rest/,
  },
];

const HARM_OTHERS: readonly CrisisPattern[] = [
  // "Won't leave him alive", "won't spare him".
  {
    category: 'harm-others',
    pattern:
      /(?:zinda|jinda) (?:nahi|na) (?:chhodunga|chhodungi|chodunga|chodungi|chhodenge|chhodu|chhodun|chhoduga)|(?:nahi|na) (?:bakshunga|bakhshunga|bakshungi|bakhshungi)|(?:bakshunga|bakhshunga) nahi/,
    negation: 'none',
    concern: 'self',
  },
  // Breaking a body: "manager ka haath tod dunga". A heart or a record is not a body part.
  {
    category: 'harm-others',
    pattern:
      /(?:haath|hath|haath pair|hath pair|haath paon|pair|taang|tange|taangein|sar|sir|gardan|haddi|haddiyan|munh|muh|jabda|daant) (?:tod|todh|tor|kaat|phod|fod|ukhaad|ukhad) (?:dunga|dungi|du|dun|doon|dalunga|dalungi|daalunga|daalungi|denge|dena @chahta)|(?:gala|gardan) (?:daba|dabaa|ghont|kaat|kat) (?:dunga|dungi|du|dun|dalunga|dalungi|daalunga|denge|dena @chahta)/,
    concern: 'self',
  },
  // Beating someone into hospital: "itna maarunga ki…".
  {
    category: 'harm-others',
    pattern:
      /(?:itna|itni|aisa|aise|itne) (?:maarunga|marunga|maarungi|marungi|peetunga|pitunga|peetungi|maroonga|maarenge|peetenge)/,
    concern: 'self',
  },
  // Setting out with a weapon: "rod leke jaa raha hu". Bats and hockey sticks are for games.
  {
    category: 'harm-others',
    pattern:
      /(?:rod|danda|dandaa|lathi|chaku|chaaku|chhura|churi|chhuri|knife|talwar|katta|pistol|gun|sariya|hathiyar) (?:le ke|leke|lekar|le kar|lekr|leker) (?:jaa|ja|nikal|ghoom|pahunch)@rest/,
    concern: 'self',
  },
  {
    category: 'harm-others',
    pattern:
      /(?:usko|usse|use|usey|unko|unhe|unhein|inko|isko|ise|sabko|sab ko|tujhe|(?:mere|meri|apne|apni) (?:pati|patni|biwi|bhai|behen|saas|sasur|boss|papa|baap|maa|dost|ex|boyfriend|girlfriend|padosi|teacher)(?: ko)?) (?:jaan se )?(?:maar|mar|maar daal|mar daal|maar dal|mar dal|khatam kar|qatl kar|khoon kar|thok) ?(?:dunga|dungi|dalunga|daalunga|dalungi|daalungi|du|dun|doon|dena @chahta|daalna @chahta|dalna @chahta)/,
    concern: 'self',
  },
  {
    category: 'harm-others',
    pattern:
      /jaan se (?:maar|mar) (?:dunga|dungi|dalunga|daalunga|dalungi|daalungi|du|dun|dena @chahta)|(?:khoon|qatl) kar (?:dunga|dungi|du|dun|dalunga|daalunga|dena @chahta)/,
    concern: 'self',
  },
  {
    category: 'harm-others',
    pattern: /(?:uski|unki|iski) jaan (?:le|lena|lene) ?(?:lunga|lungi|lu|lun|@chahta)/,
    concern: 'self',
  },
  {
    category: 'harm-others',
    pattern:
      /(?:goli|chaku|chaaku|chhura|knife) (?:maar|mar) (?:dunga|dungi|du|dun|dalunga|daalunga)/,
    concern: 'self',
  },
];

const ABUSE_DANGER: readonly CrisisPattern[] = [
  // A threat to kill, reported: "jaan se maar dega". Idioms about parents and exams are in
  // the exceptions; "mummy maar degi" without "jaan se" never matches here.
  {
    category: 'abuse-danger',
    pattern:
      /jaan se (?:maar|mar|marva|marwa|maarva) (?:dega|degi|denge|dalega|dalegi|dalenge|daalega|daalegi|daalenge|dene ki)/,
    negation: 'none',
    concern: 'self',
  },
  // A threat tied to leaving or telling: "kisi ko bataya toh maar dega".
  {
    category: 'abuse-danger',
    pattern:
      /(?:bataya|batayi|bataogi|bataoge|batayegi|bataungi|bola|boli|chhoda|chhod ke gayi|chhod ke gaya|chhodke gayi|chhod kar gayi|gayi|bhaagi|bhagi|bhaga|layi|laayi|laya) (?:to|toh) (?:[^ .]+ ){0,2}?(?:maar|mar|jala|marva|marwa) (?:dega|degi|denge|dalega|dalegi|dalenge|daalega|daalenge)/,
    negation: 'none',
    concern: 'self',
  },
  // Someone at home hit her, today, again: "pati ne aaj phir maara".
  {
    category: 'abuse-danger',
    pattern:
      /(?:pati|husband|sasur|saas|sasural walon|sasural wale|papa|baap|bhai|jiju|jija|jeeju|bf|boyfriend|devar|jeth|chacha|mama|uncle|sautele papa|sauteli maa|stepdad) ne (?:(?:mujhe|hume|humein|hamein|didi ko|mummy ko|maa ko|behen ko|bachon ko|aaj|phir|fir|phir se|fir se|kal|raat|subah|shaam|raat ko|bahut|bohot|sabke saamne|daaru pee ke|sharab pee ke|pee ke) ){0,4}(?:maara|mara|maari|mari|peeta|pita|peeti|thappad|haath uthaya|laat maari|laat mari)/,
  },
  // Strangling: "gala dabata hai".
  {
    category: 'abuse-danger',
    pattern:
      /(?:gala|gardan) (?:dabata|dabate|dabati|dabaya|dabaaya|daba deta|ghont|ghonta|ghontne|ghontta)/,
  },
  // Trying to touch, coming to the bed at night.
  {
    category: 'abuse-danger',
    pattern:
      /mujhe (?:[^ .]+ ){0,2}?(?:chhoone|chhune|chune|touch karne|pakadne) ki koshish|raat ko (?:mere )?(?:kamre|bistar|room|bed) (?:mein|me|pe|par) (?:aate|aata|aati|ghus|ghuste|ghusta)/,
    concern: 'self',
  },
  // Locked in: "mujhe kamre mein band kar dete hain".
  {
    category: 'abuse-danger',
    pattern:
      /(?:mujhe|humein|hume|hamein) (?:[^ .]+ ){0,2}?(?:kamre|room|ghar|bathroom|store room|kothri) (?:mein|me) band (?:kar|karke|rakh)@rest/,
    concern: 'self',
  },
  // Beaten as a matter of routine, said in the passive: "bachchi ko roz peeta jata hai".
  {
    category: 'abuse-danger',
    pattern:
      /(?:bachchi|bachcha|bacche|bachche|beti|beta|bete|ladki|behen|maa|mujhe|humein|usko|use|bahu) (?:ko )?(?:[^ .]+ ){0,2}?(?:peeta|pita|maara|mara) (?:jata|jaata|jati|jaati) hai/,
  },
  // "mujhe maarta hai" (hits me). Future "maar degi" is left out: "mummy maar degi" is what
  // every child says about a bad report card.
  {
    category: 'abuse-danger',
    pattern:
      /(?:mujhe|humein|hume|hamein|hame|mummy ko|maa ko|meri maa ko|behen ko|meri behen ko|bachon ko|bachcho ko|mere bachon ko|bacche ko|beti ko|bete ko) (?:roz |rozana |bahut |bohot |buri tarah |bahut buri tarah |har din |phir se |fir se |sabke saamne )?(?:maarta|marta|maarte|marte|maarti|marti|peet|peetta|pitta|peette|pitte|peetti|pitti|maara|mara|maari|mari|maar raha|maar rahi|maar rahe|peeta|peeti)(?! (?:hua|hui|hue|sa))/,
  },
  {
    category: 'abuse-danger',
    pattern:
      /maar ?peet|maarpit|marpeet|marpit|maarpeet|gharelu hinsa|ghareloo hinsa|dahej (?:ke liye|ki maang|ki demand|ke karan)|yaun shoshan|balatkar|chhedchhad|chedchad|chhed chhad|mera (?:rape|balatkar|shoshan)/,
  },
  // "Taunt maarna", "chakkar maarna": verbs built on "maarna" that hurt no one.
  {
    category: 'abuse-danger',
    pattern:
      /(?:pati|husband|sasur|saas|sasural wale|papa|baap|bhai|boyfriend) (?:[^ .]+ ){0,4}?(?<!(?:taunt|taunts|tana|taana|taane|tane|joke|jokes|mazaak|mazak|sutta|seeti|chakkar|jhaadu|jhadu|pochha|ghanti|awaaz|aawaz|call|gappe|shots|dubki|scene|line|lines|dialogue) )(?:maarta|marta|maarte|marte|peetta|peette|pitai karta|pitai karte|haath uthata|haath uthate) (?:hai|tha|the)|(?:mujh|hum) (?:pe|par) haath (?:uthata|uthate|uthaya|uthati)@rest|(?:mere|uske) saath (?:zabardasti|jabardasti|galat kaam)/,
  },
  { category: 'abuse-danger', pattern: /jaan se (?:maarne|marne) ki (?:dhamki|dhamkiyan)/ },
  {
    category: 'abuse-danger',
    pattern: /(?:dhamki|dhamkiyan) (?:de|deta|deti|dete|di|diya|de raha|de rahi|mil rahi)@rest/,
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern:
      /galat (?:tarike|tareeke|tarah|jagah|jagha) (?:se )?(?:chhuta|chhoota|chuta|choota|chhua|chhuaa|chua|chhute|chhoote|chute|chhuti|touch)@rest/,
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:ghar|ghar pe|ghar par|ghar mein|ghar me|uske saath|unke saath|yahan|idhar) (?:@main |mujhe )?(?:safe|surakshit|mehfooz|mahfooz) nahi/,
    negation: 'none',
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern: /(?:bachao|bachaao|bacha lo|bachalo|bacha lijiye)(?= \.|$| please| koi)/,
    concern: 'self',
  },
  {
    category: 'abuse-danger',
    pattern:
      /(?:pati|husband|sasural wale|sasural|sasur|saas) (?:[^ .]+ ){0,6}?(?:mujhe )?(?:maar dalega|maar daalega|maar dalenge|maar daalenge|maar dega|maar denge|jaan le lega|jaan le lenge|jala dega|jala denge)/,
    concern: 'self',
  },
];

export const HINGLISH_CRISIS: readonly CrisisPattern[] = [
  ...SUICIDAL,
  ...SELF_HARM,
  ...OVERDOSE,
  ...HARM_OTHERS,
  ...ABUSE_DANGER,
];
