import { assessCrisis, assessMisuse } from '../../../knowledge/safety/index.ts';

// Throughput is measured by `npm run bench:safety`; these tests check behaviour only.

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

describe('safety assessment on repeated and long input', () => {
  it('gives the same verdict every time it sees the same message', () => {
    let crises = 0;
    let flagged = 0;
    for (let i = 0; i < 2_000; i += 1) {
      const message = MESSAGES[i % MESSAGES.length] ?? '';
      if (assessCrisis(message).level === 'crisis') crises += 1;
      if (assessMisuse(message).misuse) flagged += 1;
    }
    expect(crises).toBe(500);
    expect(flagged).toBe(0);
  });

  it('finishes on long, repetitive input (no catastrophic backtracking)', () => {
    // A pattern that backtracks exponentially would take minutes on 70 KB; the bound is loose on
    // purpose so a busy machine never fails it, while a real regression still does.
    const long = 'really '.repeat(10_000) + 'I will kill him';
    const started = performance.now();
    expect(assessCrisis(long).categories).toContain('harm-others');
    expect(assessCrisis('i am '.repeat(10_000)).level).toBe('none');
    expect(assessMisuse('the caste '.repeat(5_000)).misuse).toBe(false);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
