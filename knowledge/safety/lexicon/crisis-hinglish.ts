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
    pattern: /(?:marna|mar jana|mar jaana|marjana|mar jaun|mar jau) (?:hi )?(?:@chahta)/,
  },
  {
    category: 'suicidal',
    pattern:
      /mujhe (?:bas |ab |sach mein |sach me )?(?:marna|mar jana|mar jaana) (?:hai|chahiye)|(?:marna|mar jana) hai mujhe/,
  },
  {
    category: 'suicidal',
    pattern:
      /marne (?:ka|ki|ko) (?:mann|man|dil|ichha|khwahish|irada|iraada) (?:karta|karti|kar raha|kar rahi|ho raha|ho rahi|hota|hoti|hai)/,
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
      /(?:bhagwan|upar wala|upar wale|uparwala|uparwale|god|ishwar|prabhu|krishna|kanha) (?:mujhe |ab |please |plz )?(?:utha le|utha lo|bula le|bula lo|apne paas bula|maut de)/,
  },
  {
    category: 'suicidal',
    pattern: /maut (?:aa jaye|aa jaaye|aa jae|chahiye|de de|mil jaye|mil jaaye)/,
  },
  { category: 'suicidal', pattern: /jeena (?:hi )?nahi (?:@chahta|hai)/, negation: 'none' },
  { category: 'suicidal', pattern: /(?:nahi|na) jeena (?:hai|@chahta|mujhe)/, negation: 'none' },
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
      /jeene (?:ka|ki|ke) (?:koi )?(?:mann|man|dil|ichha|wajah|matlab|reason|kaaran|karan|maksad|chah|himmat|umeed|umid|fayda|faida|point) (?:hi )?(?:nahi|na|khatam)/,
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
      /(?:sab|sabkuch|sab kuch|sabkuchh|sab kuchh|khud ko|khudko|apne aap ko|apne aapko|apni zindagi|zindagi|apni life|life|khud ka) (?:khatam|khtam) (?:kar|karna|karne|kr) ?(?:dunga|dungi|du|dun|doon|lunga|lungi|lu|lun|@chahta|raha|rahi|ka socha|ka soch|ka man|ka mann|ka irada|wala|wali|hai)|khatam (?:karna|kar dena|kar du|kar dun) hai (?:sab|sabkuch|sab kuch|zindagi|life|khud ko)/,
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
      /(?:khud|khudko|khud ko|apne aap ko|apne aapko) (?:maar|mar) (?:dunga|dungi|du|dun|lunga|lungi|dalunga|daalunga|dalungi|daalungi|dena @chahta|daalna @chahta|dalna @chahta)/,
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
  {
    category: 'suicidal',
    pattern:
      /mere (?:bina|jaane ke baad|jane ke baad|marne ke baad|na rehne se|na hone se) (?:sab|sabhi|sab log|ghar wale|gharwale|family|mummy papa|sabki|sabko) (?:khush|behtar|better|aaram|chain|sukhi|theek|thik)@rest/,
  },
  {
    category: 'suicidal',
    pattern: /(?:@main) (?:[^ .]+ ){0,4}?bojh (?:hu|ban gaya|ban gayi|ban chuka|ban chuki)/,
  },
  {
    category: 'suicidal',
    pattern:
      /(?:mere|meri) (?:marne|jaane|jane|na hone|maut) se (?:kisi ko|koi) (?:fark|farak|farq)|(?:kisi ko|koi) (?:fark|farak|farq|miss) nahi (?:padega|karega|hoga) (?:agar|jab) (?:@main )?(?:mar|chala|chali|na|nahi)/,
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
      /(?:blade|razor|chaku|chaaku|knife) se (?:haath|hath|khud ko|khudko|kalai|baazu|apne|apna)/,
  },
  {
    category: 'self-harm',
    pattern: /cutting (?:karta|karti|karna|karne|kar raha|kar rahi|kar rhi|shuru)@rest/,
  },
];

const OVERDOSE: readonly CrisisPattern[] = [
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
      /@number (?:[^ .]+ ){0,2}?(?:goli|goliyan|dawai|tablet|tablets|pills|medicine|medicines|capsule|capsules)(?: [^ .]+)?? (?:kha|khaa|le|nigal)@rest/,
  },
  {
    category: 'overdose',
    pattern:
      /(?:goli|goliyan|dawai|tablet|tablets|pills|medicine|medicines) (?:ka|ki|ke) (?:poora|pura|puri|poori) (?:patta|pack|packet|bottle|shishi|strip) (?:kha|khaa|pi|pee|le|nigal)@rest/,
  },
  {
    category: 'overdose',
    pattern:
      /(?:zeher|poison|phenyl|phinail|finail|phenyle|keedemaar|keede maar|keeda maar|keede marne|keeda marne|kide maar|keetnashak|chuha maar|chuhe maar|chuhemaar|chuhe marne|tezaab|tejab|tezab|acid|harpic|kerosene|mitti ka tel|pesticide|sulphas|celphos) (?:(?:ki|ka|wali) )?(?:(?:dawai|goli|goliyan) )?(?:kha|khaa|pi|pee|piya|pee li|pi li|pi liya|kha li|kha liya|khali|pilunga|pi lunga|pi lungi|kha lunga|kha lungi|khaunga|khaungi|piunga|piungi|peene|pine|khane)@rest/,
  },
];

const HARM_OTHERS: readonly CrisisPattern[] = [
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
  {
    category: 'abuse-danger',
    pattern:
      /(?:pati|husband|sasur|saas|sasural wale|papa|baap|bhai|boyfriend) (?:[^ .]+ ){0,4}?(?:maarta|marta|maarte|marte|peetta|peette|pitai karta|pitai karte|haath uthata|haath uthate) (?:hai|tha|the)|(?:mujh|hum) (?:pe|par) haath (?:uthata|uthate|uthaya|uthati)@rest|(?:mere|uske) saath (?:zabardasti|jabardasti|galat kaam)/,
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
      /(?:pati|husband|sasural wale|sasural|sasur|saas) (?:[^ .]+ ){0,2}?(?:mujhe )?(?:maar dalega|maar daalega|maar dalenge|maar daalenge|maar dega|maar denge|jaan le lega|jaan le lenge|jala dega|jala denge)/,
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
