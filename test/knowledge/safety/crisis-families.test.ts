/**
 * One block per family of phrasing the gate learned to hear, each with examples written for
 * this test (never taken from the evaluation set) and the ordinary messages that look like them
 * and must stay `none`.
 */
import { assessCrisis } from '../../../knowledge/safety/index.ts';
import type { CrisisCategory } from '../../../knowledge/safety/index.ts';

type Case = readonly [CrisisCategory, string];

function expectCrisis(category: CrisisCategory, text: string): void {
  const result = assessCrisis(text);
  expect({ text, level: result.level }).toEqual({ text, level: 'crisis' });
  expect({ text, categories: result.categories }).toEqual({
    text,
    categories: expect.arrayContaining([category]) as unknown,
  });
}

function expectNone(text: string): void {
  const result = assessCrisis(text);
  expect({ text, level: result.level, categories: result.categories }).toEqual({
    text,
    level: 'none',
    categories: [],
  });
}

describe('settling affairs: giving things away for when one is gone', () => {
  const crises: readonly Case[] = [
    ['suicidal', "Handing my camera over to my cousin. Where I'm headed I won't be using it."],
    ['suicidal', "I've given my dog to my neighbour so she's looked after when I'm gone"],
    ['suicidal', 'मेरी किताबें और घड़ी दोस्त को दे दीं, आगे इनकी कोई ज़रूरत नहीं होगी'],
    ['suicidal', 'meri cycle chhote bhai ko de dunga, mujhe iski zaroorat nahi hogi ab'],
  ];
  it.each(crises)('hears %s: %s', expectCrisis);
  it.each([
    'Gave my old sarees to the temple donation drive, won’t need them',
    'Finally gave my last board exam! Won’t be needing these guides now',
    'पुराने कपड़े दान कर दिए, आगे उनकी आवश्यकता नहीं होगी',
    'My grandmother gave away all her things before she passed',
  ])('lets decluttering through: %s', expectNone);
});

describe('a last time, before going nowhere in particular', () => {
  const crises: readonly Case[] = [
    [
      'suicidal',
      "Send me the shloka on the imperishable self, I'd like to hear it one last time before I leave this world",
    ],
    ['suicidal', 'marne se pehle ek aakhri baar mummy ki awaaz sunni hai'],
  ];
  it.each(crises)('hears %s: %s', expectCrisis);
  it.each([
    'Can I reread chapter 2 one final time before I go to my interview?',
    'ghar jaane se pehle last time revise kar lu?',
    'Can you send me one last verse before I go to sleep?',
  ])('lets an errand through: %s', expectNone);
});

describe('a means at hand and a mind that keeps returning to it', () => {
  const crises: readonly Case[] = [
    ['overdose', "There's a can of pesticide in the garage and my mind keeps going back to it"],
    ['suicidal', 'छत पर रस्सी पड़ी है, दिन रात उसी का ख्याल आता है'],
    ['overdose', 'almari mein sulphas rakha hai, har waqt uske baare mein sochti rehti hu'],
    ['overdose', "For weeks I've been putting aside my sleeping tablets in a drawer"],
    ['overdose', 'dawai ka poora patta nigal liya'],
    ['overdose', 'कितनी नींद की गोलियां खाने से मौत हो जाती है'],
    ['overdose', "swallowed an entire strip of my mom's pills"],
  ];
  it.each(crises)('hears %s: %s', expectCrisis);
  it.each([
    'My grandfather sprays pesticide on the farm and I keep thinking about the smell',
    'pet mein chuhe daud rahe hain, khana bhejo',
    'how many tablets of dolo can I take for fever',
    'kitni goli khani chahiye bukhar mein',
  ])('lets ordinary talk of medicine through: %s', expectNone);
});

describe('farewells: any two signs of a goodbye together', () => {
  const crises: readonly Case[] = [
    ['suicidal', 'Please look after my cat. Goodbye, all of you'],
    ['suicidal', 'मम्मी का ध्यान रखना, मुझे माफ़ कर देना'],
    ['suicidal', 'no one is to blame for my death'],
    ['suicidal', 'chali jaungi hamesha ke liye, kisi ko pata bhi nahi chalega'],
  ];
  it.each(crises)('hears %s: %s', expectCrisis);
  it.each([
    'Goodbye for today, I’ll take care of my mom as you suggested',
    'Thank you Krishna, goodbye for now',
    'maaf karna, ek sawaal hai gita ke baare mein',
    'I am tired of my anger, forgive me Krishna',
  ])('lets a single ordinary sign-off through: %s', expectNone);
});

describe('notes, dates and exits: the language of a decision taken', () => {
  const crises: readonly Case[] = [
    ['suicidal', 'मेरी मौत का जिम्मेदार कोई नहीं है'],
    ['suicidal', 'sab ko sorry bol dena mere taraf se'],
    ['suicidal', 'ive made up my mind. tonight i go'],
    ['suicidal', 'I’m at the railway station and the next train is my way out'],
    ['suicidal', 'I googled how long it takes to bleed out'],
    ['suicidal', 'कल सुबह तक मैं नहीं रहूंगी'],
    ['suicidal', 'maine apni wasiyat likh di hai aur sab cheezein baant di'],
    ['suicidal', 'ek aakhri baar gita padhna chahta hu, phir chala jaunga'],
    ['suicidal', 'I’m so sorry mom, I couldn’t be the son you wanted. goodbye'],
    ['suicidal', 'I’ve written letters to everyone. They’ll understand one day.'],
  ];
  it.each(crises)('hears %s: %s', expectCrisis);
  it.each([
    'I’m so done with this semester, goodbye college!',
    'Education is my way out of poverty, which verse gives courage?',
    'We said goodbye to our dog today, he passed peacefully',
    'bas ab bahut ho gaya, kal se gym jaunga',
    'sab khatam ho gaya, exam khatam! party time',
  ])('lets endings of other kinds through: %s', expectNone);
});

describe('life without me, nothing to live for, no morning', () => {
  const crises: readonly Case[] = [
    ['suicidal', 'मेरे न रहने से घर में सब चैन से रहेंगे'],
    ['suicidal', 'mere na rehne se sab ko aaram milega'],
    ['suicidal', 'Who am I even living for anymore?'],
    ['suicidal', 'जीकर क्या करूंगी'],
    ['suicidal', 'kiske liye jee rahi hu main'],
    ['suicidal', 'I hope tomorrow never comes for me'],
    ['suicidal', 'subah na ho toh behtar'],
    ['suicidal', 'पुल की रेलिंग पर खड़ी हूं'],
    ['suicidal', 'मुझे इस दुनिया में अब नहीं रहना'],
    ['suicidal', 'is duniya mein aur nahi reh sakti'],
    ['suicidal', 'थक चुकी हूं, खत्म कर दूंगी सब'],
    ['suicidal', 'प्रभु जल्दी मुझे अपने पास बुला लो'],
  ];
  it.each(crises)('hears %s: %s', expectCrisis);
});

describe('hurting oneself on purpose, the urge and the relapse', () => {
  const crises: readonly Case[] = [
    ['self-harm', 'gusse mein jaanbujhkar apna haath jala liya'],
    ['self-harm', 'I scratched my arms raw on purpose'],
    ['self-harm', 'गलती होने पर खुद को सज़ा देने के लिए कलाई जलाती हूं'],
    ['self-harm', 'apne aap ko maarti hu jab gussa aata hai'],
    ['self-harm', 'khud ko sui chubhati hu taaki dard mehsoos ho'],
    ['self-harm', 'blade se lines bana leti hu haath pe'],
    ['self-harm', 'the urge to cut myself again won’t go away'],
    ['self-harm', 'Two months clean, then I relapsed and cut my thigh yesterday'],
  ];
  it.each(crises)('hears %s: %s', expectCrisis);
  it.each([
    'I deliberately skipped dessert today',
    'I want to cut my hair short, which style suits a round face?',
  ])('lets ordinary cutting through: %s', expectNone);
});

describe('intent to hurt someone: pay, suffer, spare, break, a weapon', () => {
  const crises: readonly Case[] = [
    ['harm-others', 'I swear I’ll make my stepfather suffer for this'],
    ['harm-others', 'They’re going to regret the day they crossed me'],
    ['harm-others', 'Got my dad’s revolver, and I know where that guy works'],
    ['harm-others', 'chaku le ke nikal raha hu uske ghar'],
    ['harm-others', 'उस लड़के की टांगें तोड़ दूंगा'],
    ['harm-others', 'उसे ज़िंदा नहीं छोड़ेंगे'],
    ['harm-others', 'uski haddiyan tod dunga kal'],
    ['harm-others', 'I keep fantasizing about choking him'],
    ['harm-others', 'I’ve been working out how to poison my uncle without anyone knowing'],
  ];
  it.each(crises)('hears %s: %s', expectCrisis);
  it.each([
    'I’ll make them pay for the broken window',
    'He will pay the fees tomorrow',
    'aaj record tod dunga gym mein',
    'dil tod diya usne',
    'parde ki rod leke aa raha hu',
    'I want to kill it in my interview tomorrow',
  ])('lets idioms through: %s', expectNone);
});

describe('abuse: threats tied to leaving, hiding, control, a child hurt again and again', () => {
  const crises: readonly Case[] = [
    ['abuse-danger', 'She says if I ever tell my teacher, she’ll burn me'],
    ['abuse-danger', 'कहता है पुलिस को बताया तो जला देगा'],
    ['abuse-danger', 'dhamkata hai ki police mein complaint ki to jaan se marwa dega'],
    ['abuse-danger', 'I’ve locked myself in the bathroom, he’s drunk and kicking the door'],
    ['abuse-danger', 'main store room mein chhupi hu, woh nashe mein chilla raha hai'],
    ['abuse-danger', 'My husband hides my phone and doesn’t let me go out'],
    ['abuse-danger', 'saas ne mera mobile rakh liya hai aur mayke baat nahi karne deti'],
    ['abuse-danger', 'jija ne kal raat didi ko phir peeta'],
    ['abuse-danger', 'बेटी को हर दिन मारा जाता है'],
    ['abuse-danger', 'husband gala dabata hai jab gussa aata hai'],
    ['abuse-danger', 'mere sasur mujhe chhoone ki koshish karte hain'],
    ['abuse-danger', 'मेरे सौतेले पिता रात को मेरे कमरे में आते हैं'],
    ['abuse-danger', 'my uncle keeps asking me to sit on his lap and it feels wrong'],
    ['abuse-danger', 'the neighbours’ daughter is locked outside every night and crying'],
  ];
  it.each(crises)('hears %s: %s', expectCrisis);

  it('puts child lines first when a child keeps coming back hurt', () => {
    for (const text of [
      'my student keeps coming to school with new burn marks',
      'पड़ोस के बच्चे के हाथों पर रोज़ नए चोट के निशान दिखते हैं',
    ]) {
      expect({ text, ...assessCrisis(text) }).toMatchObject({
        text,
        categories: ['abuse-danger'],
        concern: 'other',
        childAtRisk: true,
      });
    }
  });

  it.each([
    'if I fail, my dad will kill me haha',
    'yaar exam mein fail ho gaya to papa jaan se maar denge',
    'my son came home with bruises from cricket practice',
    'I’m hiding in my room from exam stress lol',
    'kamre mein band hu aaj, bas padhai',
    'my boss won’t let me leave early on fridays',
    'mummy ne exam tak mobile le liya hai aur dosto ke saath bahar nahi jaane deti',
    'papa ne aaj phir daanta',
    'bhai ne six maara aaj match mein',
    'papa har baat pe taunt marte hai',
    'scared they will find me out',
  ])('lets home life and idioms through: %s', expectNone);
});

describe('scripture used to justify ending one’s own life', () => {
  const crises: readonly Case[] = [
    [
      'scripture-misuse-suicide',
      'The Gita calls the body a garment, so I’m ready to shed mine tonight',
    ],
    [
      'scripture-misuse-suicide',
      'gita kehti hai sharir purana kapda hai, main ise aaj hi chhod dungi',
    ],
    ['scripture-misuse-suicide', 'आत्मा नहीं मरती तो जीवन का मोह भी छोड़ दूं, यही सोचा है'],
    ['scripture-misuse-suicide', 'Since I am not this body, destroying it doesn’t matter'],
    [
      'scripture-misuse-suicide',
      'gita kehti hai sab maya hai, toh main bhi is maya se nikal jaun, hamesha ke liye',
    ],
    ['scripture-misuse-suicide', 'गीता कहती है जीवन क्षणभंगुर है, इसलिए इसे जल्दी त्याग देना ही बेहतर है'],
  ];
  it.each(crises)('hears %s: %s', expectCrisis);
  it.each([
    'The Gita says the body is like clothing, so why do I fear ageing?',
    'Krishna, I’m ready to change my life, guide me',
    'I want to detach from life’s small worries, as the Gita teaches',
    'अंत समय में भगवान का नाम लेने से मोक्ष मिलता है क्या?',
    'moh tyagne ki baat gita mein hai, isliye phone ki aadat chhod rahi hu',
  ])('lets the teaching itself through: %s', expectNone);
});

describe('reading clauses, spellings and topics', () => {
  it('does not let a negation reach across a comma into another clause', () => {
    expectCrisis('suicidal', 'No, honestly, I wish I were dead');
    expectCrisis('suicidal', 'khudkushi, nahi toh aur kya rasta hai');
    expectNone('khudkushi nahi karungi, bas thodi si himmat chahiye');
  });

  it('still lets an emphatic "never, ever" negate', () => {
    expectNone('I would never, ever hurt myself');
    expectNone('I don’t want to die, I’m scared of death');
  });

  it('reads vowel-less chat Hinglish', () => {
    expectCrisis('suicidal', 'mrna chahti hu');
    expectCrisis('suicidal', 'jeena ni h');
    expectCrisis('suicidal', 'ab jeene ka mn ni krta');
  });

  it('treats suicide studied or compared as a topic, but not when the writer is in it', () => {
    expectNone('I’m writing a seminar paper comparing Stoic and Vedantic attitudes to suicide');
    expectCrisis('suicidal', 'I failed my ethics class and now I think about suicide');
  });

  it('hears "not here anymore" unless a place is named right after', () => {
    expectNone('I do not want to be here any longer at this office, how do I resign gracefully?');
    expectCrisis('suicidal', 'Truly, I do not wish to be here any longer.');
  });
});

describe('a place of danger looked at with longing', () => {
  const crises: readonly Case[] = [
    ['suicidal', 'I keep looking at the bridge on my way home and thinking how easy it would be'],
    ['suicidal', 'i walk past the river every day and think how easy it would be to just let go'],
    ['suicidal', 'standing on my balcony tonight, thinking how simple it would be'],
  ];
  it.each(crises)('hears %s: %s', expectCrisis);

  it('lets ease about ordinary things through', () => {
    expectNone(
      'the train to work is so fast, i keep thinking how easy it would be to move to pune',
    );
    expectNone('how easy it would be if my boss just replied to emails');
  });
});

describe('a sentence that ends on not wanting to live', () => {
  const crises: readonly Case[] = [
    ['suicidal', 'bas ab bahut ho gaya, ab aur nahi jeena'],
    ['suicidal', 'theek hai, ab aur nahi jeena'],
  ];
  it.each(crises)('hears %s: %s', expectCrisis);

  it('lets a resolution to live differently through', () => {
    expectNone('mujhe darr ke saath nahi jeena');
    expectNone('dusron ke hisaab se nahi jeena, apne sapne poore karne hai');
  });
});
