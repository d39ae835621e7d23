/**
 * Words too common to tell one worry from another, in English, Hinglish (romanized Hindi) and
 * Hindi. Negations ("not", "nahi") are kept out of this list on purpose: "can't sleep" and
 * "sleep" are different worries.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  'a', 'about', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at',
  'be', 'been', 'being', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'for',
  'from', 'get', 'got', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'him',
  'his', 'how', 'i', 'im', 'ive', 'id', 'if', 'in', 'into', 'is', 'it', 'its', 'just', 'me',
  'my', 'myself', 'of', 'on', 'or', 'our', 'ours', 'she', 'so', 'some', 'such', 'than', 'that',
  'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'to', 'too', 'u',
  'ur', 'us', 'very', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who',
  'whom', 'why', 'will', 'with', 'would', 'you', 'your', 'yours', 'yourself', 'really', 'pls',
  'please', 'plz', 'hi', 'hello', 'hey', 'gita', 'geeta', 'krishna', 'sarathi', 'bhagavad',
  'ok', 'okay', 'like', 'lot', 'bit', 'thing', 'things', 'one', 'even', 'still', 'rn', 'tbh',
  'its', 'dont', 'cant', 'wont', 'feel', 'feeling', 'feels', 'felt', 'know', 'want', 'say',
  'says', 'said', 'tell', 'help', 'should', 'must', 'always', 'every', 'everything', 'much',
  'many', 'way', 'make', 'makes', 'made', 'go', 'going', 'gonna', 'yeah', 'yes', 'no', 'now',
  // Hinglish
  'hai', 'hain', 'ho', 'hu', 'hoon', 'hun', 'tha', 'thi', 'the', 'ka', 'ki', 'ke', 'ko', 'se',
  'me', 'mein', 'main', 'mai', 'mera', 'meri', 'mere', 'mujhe', 'muje', 'mujhse', 'hum',
  'tum', 'aap', 'ye', 'yeh', 'wo', 'woh', 'vo', 'kya', 'kyu', 'kyun', 'kyon', 'aur', 'bhi',
  'to', 'toh', 'par', 'pe', 'ek', 'koi', 'kuch', 'bahut', 'bohot', 'bht', 'bhot', 'hota',
  'hoti', 'hote', 'raha', 'rahi', 'rahe', 'rha', 'rhi', 'kar', 'karta', 'karti', 'karna',
  'kr', 'krta', 'yaar', 'yar', 'bro', 'na', 'ji', 'hi', 'sab', 'apne', 'apna', 'apni', 'unka',
  'uska', 'iska', 'jab', 'tab', 'ab', 'abhi', 'lagta', 'lagti', 'laga', 'lag', 'gaya', 'gayi',
  'gaye', 'diya', 'kaise', 'kaisa', 'batao', 'bataiye', 'please', 'hua', 'hui', 'wala',
  'wali', 'vala',
  // Hindi
  'है', 'हैं', 'हूँ', 'हूं', 'हो', 'था', 'थी', 'थे', 'का', 'की', 'के', 'को', 'से', 'में', 'मैं',
  'मेरा', 'मेरी', 'मेरे', 'मुझे', 'हम', 'तुम', 'आप', 'यह', 'ये', 'वह', 'वो', 'क्या', 'क्यों',
  'और', 'भी', 'तो', 'पर', 'एक', 'कोई', 'कुछ', 'बहुत', 'रहा', 'रही', 'रहे', 'कर', 'करना',
  'करता', 'करती', 'ही', 'सब', 'अपने', 'अपना', 'अपनी', 'जब', 'तब', 'अब', 'लगता', 'लगती',
  'गया', 'गई', 'गए', 'हुआ', 'हुई', 'कैसे', 'बताइए', 'बताओ', 'गीता', 'कृष्ण', 'जी', 'ने',
  'लिए', 'साथ', 'इस', 'उस', 'इसे', 'उसे', 'जो', 'कि', 'था।', 'है।',
]);
