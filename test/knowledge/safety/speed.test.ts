import { assessCrisis, assessMisuse } from '../../../knowledge/safety/index.ts';

const MESSAGES = [
  'I want to die',
  "I've been feeling so lost since my father died last week. What does the Gita say about grief?",
  'mujhe samajh nahi aa raha ki main kya karu, exam ka bahut tension hai yaar',
  'मेरे पिता का निधन हो गया, आत्मा के बारे में गीता क्या कहती है?',
  'Why did Krishna tell Arjuna to fight his own family? Is killing in war a sin?',
  'this exam is killing me lol',
  'How do I stay calm at work when my boss shouts at me every day?',
  'my husband hits me every day',
];

describe('speed', () => {
  it('assesses 10,000 messages for crisis in well under a second', () => {
    for (let i = 0; i < 500; i += 1) assessCrisis(MESSAGES[i % MESSAGES.length] ?? '');
    const started = performance.now();
    let crises = 0;
    for (let i = 0; i < 10_000; i += 1) {
      if (assessCrisis(MESSAGES[i % MESSAGES.length] ?? '').level === 'crisis') crises += 1;
    }
    const elapsed = performance.now() - started;
    expect(crises).toBe(2500);
    expect(elapsed).toBeLessThan(1000);
  });

  it('assesses 10,000 messages for misuse in well under a second', () => {
    const started = performance.now();
    let flagged = 0;
    for (let i = 0; i < 10_000; i += 1) {
      if (assessMisuse(MESSAGES[i % MESSAGES.length] ?? '').misuse) flagged += 1;
    }
    expect(flagged).toBe(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stays linear on long, repetitive input', () => {
    const long = 'really '.repeat(10_000) + 'I will kill him';
    const started = performance.now();
    expect(assessCrisis(long).categories).toContain('harm-others');
    expect(assessCrisis('i am '.repeat(10_000)).level).toBe('none');
    expect(assessMisuse('the caste '.repeat(5_000)).misuse).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
