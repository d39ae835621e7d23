/**
 * `npm run bench:safety`: how many messages per second the safety gate assesses (crisis rules plus
 * the learned classifier, and the misuse guard) in one warm process. Prints figures; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { assessCrisis, assessMisuse, warmSafetyClassifier } from '../../knowledge/safety/index.ts';

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
const COUNT = 20_000;

function measure(name: string, assess: (text: string) => unknown): void {
  for (let i = 0; i < 1_000; i += 1) assess(MESSAGES[i % MESSAGES.length] ?? '');
  const started = performance.now();
  for (let i = 0; i < COUNT; i += 1) assess(MESSAGES[i % MESSAGES.length] ?? '');
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${name}: ${COUNT} messages in ${(seconds * 1000).toFixed(0)} ms = ${Math.round(COUNT / seconds)} messages/s`,
  );
}

const stats = warmSafetyClassifier();
console.log(
  `classifier training at start-up: ${stats.examples} examples in ${Math.round(stats.trainMs)} ms`,
);
measure('crisis assessment', assessCrisis);
measure('misuse assessment', assessMisuse);
