import { assessCrisis } from '../../../knowledge/safety/index.ts';
import type { CrisisCategory, Language } from '../../../knowledge/safety/index.ts';

type Case = readonly [CrisisCategory, string];

function expectCrisis(text: string, category: CrisisCategory, language?: Language): void {
  const result = assessCrisis(text);
  expect({ text, level: result.level }).toEqual({ text, level: 'crisis' });
  expect(result.categories).toContain(category);
  if (language !== undefined) expect(result.language).toBe(language);
}

function expectNone(text: string): void {
  const result = assessCrisis(text);
  expect({ text, level: result.level, categories: result.categories }).toEqual({
    text,
    level: 'none',
    categories: [],
  });
}

describe('assessCrisis in English', () => {
  const cases: readonly Case[] = [
    ['suicidal', 'I want to kill myself'],
    ['suicidal', 'i wanna die'],
    ['suicidal', "I don't want to be alive anymore"],
    ['suicidal', 'i dnt want 2 live'],
    ['suicidal', 'everyone would be better off without me'],
    ['suicidal', "I just don't want to wake up tomorrow"],
    ['suicidal', "there's no reason to live"],
    ['suicidal', "I can't go on like this"],
    ['suicidal', 'This is my goodbye. Thank you for everything.'],
    ['suicidal', 'I want to disappear forever'],
    ['suicidal', "I'm going to end it all tonight"],
    ['suicidal', 'whats the point of living'],
    ['suicidal', 'nobody would miss me if i was gone'],
    ['suicidal', "I've been thinking about suicide a lot"],
    ['suicidal', 'im gonna kms'],
    ['suicidal', 'thinking of suicde'],
    ['suicidal', 'I bought a rope'],
    ['suicidal', 'i am a burden to my family'],
    ['suicidal', "I'm afraid I'll do something stupid"],
    ['suicidal', "It would be easier for everyone if I wasn't here"],
    ['suicidal', 'I just want to stop living'],
    ['self-harm', "I've been cutting myself again"],
    ['self-harm', 'I started self-harming'],
    ['self-harm', 'I burn my arm with a lighter'],
    ['overdose', 'I took a whole bottle of pills'],
    ['overdose', 'I just swallowed 30 paracetamol'],
    ['overdose', 'took sleeping pills'],
    ['overdose', 'I drank phenyl'],
    ['overdose', "I'm going to take all my pills tonight"],
    ['harm-others', 'I want to kill my husband'],
    ['harm-others', "I'm going to stab him tomorrow"],
    ['harm-others', 'I have thoughts of hurting my baby'],
    ['abuse-danger', 'my husband hits me every day'],
    ['abuse-danger', 'I am not safe at home'],
    ['abuse-danger', 'my father touches me inappropriately'],
    ['abuse-danger', 'he threatened to kill me'],
    ['abuse-danger', 'my in laws torture me for dowry'],
    ['scripture-misuse-suicide', 'the soul never dies so suicide is fine'],
    ['scripture-misuse-suicide', "Krishna says the body is temporary so I'll leave it"],
    ['scripture-misuse-suicide', 'If the soul is eternal, why not end my life now?'],
  ];
  it.each(cases)('flags %s: %s', (category, text) => expectCrisis(text, category, 'en'));
});

describe('assessCrisis in Hindi (Devanagari)', () => {
  const cases: readonly Case[] = [
    ['suicidal', 'मैं मरना चाहता हूँ'],
    ['suicidal', 'मैं मरना चाहती हूं'],
    ['suicidal', 'अब जीना नहीं चाहता'],
    ['suicidal', 'मुझे जीने की कोई वजह नहीं दिखती'],
    ['suicidal', 'मैं आत्महत्या करने की सोच रहा हूँ'],
    ['suicidal', 'मेरे बिना सब खुश रहेंगे'],
    ['suicidal', 'भगवान मुझे उठा ले'],
    ['suicidal', 'ये मेरा आखिरी संदेश है, अलविदा सबको'],
    ['suicidal', 'मैं अब और नहीं जीना चाहता'],
    ['self-harm', 'मैंने अपना हाथ काट लिया'],
    ['overdose', 'मैंने नींद की गोलियां खा ली हैं'],
    ['overdose', 'कीड़े मारने की दवा पी ली'],
    ['harm-others', 'मैं उसे जान से मार दूंगा'],
    ['abuse-danger', 'मेरा पति मुझे रोज मारता है'],
    ['abuse-danger', 'मैं घर में सुरक्षित नहीं हूँ'],
    ['scripture-misuse-suicide', 'आत्मा तो अमर है, तो आत्महत्या करने में क्या पाप है?'],
  ];
  it.each(cases)('flags %s: %s', (category, text) => expectCrisis(text, category, 'hi'));
});

describe('assessCrisis in Hinglish', () => {
  const cases: readonly Case[] = [
    ['suicidal', 'marna chahta hu'],
    ['suicidal', 'main marna chahti hoon'],
    ['suicidal', 'marna chahta hun yaar'],
    ['suicidal', 'jeena nahi chahti ab'],
    ['suicidal', 'khudkushi kar lunga'],
    ['suicidal', 'khudkhushi ke baare mein soch raha hu'],
    ['suicidal', 'sab khatam kar dunga'],
    ['suicidal', 'mujhe lagta hai mujhe mar jana chahiye'],
    ['suicidal', 'main suicide karna chahta hu'],
    ['suicidal', 'pankhe se latak jaunga'],
    ['suicidal', 'mujhe zinda nahi rehna'],
    ['suicidal', 'kuch kar baithunga main'],
    ['self-harm', 'maine haath kaat liya'],
    ['overdose', 'maine neend ki goliyan kha li'],
    ['overdose', 'keeda maar dawai pi li'],
    ['harm-others', 'usko jaan se maar dunga'],
    ['abuse-danger', 'mera pati mujhe roz maarta hai'],
    ['abuse-danger', 'ghar pe safe nahi hu'],
    ['scripture-misuse-suicide', 'aatma amar hai to suicide karne mein kya galat hai'],
  ];
  it.each(cases)('flags %s: %s', (category, text) => expectCrisis(text, category, 'hinglish'));
});

describe('hard negatives pass as none', () => {
  const english = [
    'Why did Krishna tell Arjuna to fight?',
    'Why did Krishna tell Arjuna to kill his relatives?',
    'Is killing in war a sin per the Gita?',
    'this exam is killing me',
    "I'm dying to read chapter 11",
    'how do I kill my ego',
    'I could die of embarrassment',
    "I'm dead tired",
    "my boss will kill me if I'm late",
    'what happens after death',
    'my father died last week',
    'I would never hurt myself',
    'Arjuna said he would rather die than fight his family, why?',
    "I'm not suicidal, just stressed about exams",
    "I don't want to die, I'm scared of death",
    'I cut myself while cooking',
    'What is the purpose of my life?',
    'My brother beat me at chess again',
    'How to die to the ego, as the saints say?',
    "I don't want to live in this city anymore",
    'My cousin committed suicide last year, what does the Gita say about his soul?',
    'If I die tomorrow, will my soul leave my body?',
    'Since the body is temporary, I will die one day, how do I accept it?',
    'The soul is eternal so why should I fear death?',
    'I want to disappear from social media for a while',
    'Why did Arjuna want to die rather than fight?',
    "I want to die a peaceful death when I'm old, what does the Gita say?",
  ];
  const hindi = [
    'मृत्यु के बाद क्या होता है?',
    'मेरे पिता का पिछले हफ्ते निधन हो गया',
    'कृष्ण ने अर्जुन को युद्ध करने के लिए क्यों कहा?',
    'क्या युद्ध में मारना पाप है?',
    'मैं मरना नहीं चाहता, मुझे मौत से डर लगता है',
    'मैं आत्महत्या कभी नहीं करूंगा',
    'मैं बहुत थक गया हूँ, मर गया यार',
    'बॉस मेरी जान ले लेगा',
    'हर किसी को एक दिन मरना है, फिर डर क्यों?',
    'कृष्ण ने कंस को क्यों मारा?',
  ];
  const hinglish = [
    'mar gaya yaar thak ke',
    'maut ke baad kya hota hai',
    'papa ki death ho gayi last week',
    'krishna ne arjun ko ladne ko kyu kaha',
    'boss meri jaan le lega',
    'main marna nahi chahta, mujhe maut se dar lagta hai',
    'khudkushi kabhi nahi karunga',
    'mummy maar degi agar fail hua',
    'tere liye jaan de dunga',
    'itni garmi hai ki mar jaunga',
    'ye kaam mujhe maar dalega',
    'marne ke baad kya hota hai',
  ];
  it.each(english)('English: %s', expectNone);
  it.each(hindi)('Hindi: %s', expectNone);
  it.each(hinglish)('Hinglish: %s', expectNone);
});

describe('whose life is at risk', () => {
  it('treats a friend who wants to die as a crisis about someone else', () => {
    expect(assessCrisis('my friend said she wants to die')).toMatchObject({
      level: 'crisis',
      categories: ['suicidal'],
      concern: 'other',
    });
    expect(assessCrisis('meri dost bol rahi thi ki wo marna chahti hai')).toMatchObject({
      level: 'crisis',
      concern: 'other',
    });
  });

  it('hears a friend who shares a name with a Gita hero', () => {
    expect(assessCrisis('Arjun wants to kill himself')).toMatchObject({
      level: 'crisis',
      concern: 'other',
    });
  });

  it('keeps the writer as the concern when they speak of themselves', () => {
    expect(assessCrisis('I want to die')).toMatchObject({ concern: 'self', childAtRisk: false });
  });

  it('marks abuse of a child so child lines come first', () => {
    expect(assessCrisis('my uncle is abusing my little sister')).toMatchObject({
      categories: ['abuse-danger'],
      concern: 'other',
      childAtRisk: true,
    });
    expect(assessCrisis("i'm 14 and my teacher touches me inappropriately")).toMatchObject({
      concern: 'self',
      childAtRisk: true,
    });
  });

  it('reads the victim of abuse from the sentence', () => {
    expect(assessCrisis('My dad beats my mom')).toMatchObject({ concern: 'other' });
    expect(assessCrisis('He beats me when he is drunk')).toMatchObject({ concern: 'self' });
  });

  it('counts every category that matched, in a fixed order', () => {
    expect(assessCrisis('I took 20 sleeping pills because I want to die').categories).toEqual([
      'suicidal',
      'overdose',
    ]);
  });

  it('still hears a crisis next to an idiom', () => {
    expect(assessCrisis('this exam is killing me and I want to die').level).toBe('crisis');
  });
});
