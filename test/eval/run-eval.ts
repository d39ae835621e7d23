/**
 * `npm run eval`: measures the retriever (hit@5, MRR@10) and the safety gate (recall, false
 * alarms) on our own evaluation sets, by language, through the stable `sarathi ask --jsonl`
 * contract — the same door an outside evaluation would use.
 *
 * The retrieval set was committed before the theme map. A message that contains one of the
 * map's trigger phrases word for word is refused (left out and counted), so the map cannot
 * score by copying the test.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { normalizeText } from '../../knowledge/retrieval/tokens.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

interface RetrievalCase {
  id: string;
  lang: string;
  text: string;
  expected: string[];
}

interface SafetyCase {
  id: string;
  lang: string;
  text: string;
  expect: 'crisis' | 'misuse' | 'none';
  category: string;
}

interface Output {
  id: string;
  safety?: string;
  retrieved?: string[];
  flags?: string[];
  error?: string;
}

async function readJsonl<T>(file: string): Promise<T[]> {
  const text = await readFile(path.join(ROOT, file), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

async function triggerPhrases(): Promise<string[]> {
  const map = JSON.parse(await readFile(path.join(ROOT, 'corpus/themes.json'), 'utf8')) as {
    themes: Array<{ triggers: Record<string, string[]> }>;
  };
  return map.themes.flatMap((theme) =>
    Object.values(theme.triggers)
      .flat()
      .map(normalizeText)
      .filter((phrase) => phrase !== ''),
  );
}

function containsPhrase(text: string, phrase: string): boolean {
  return ` ${normalizeText(text)} `.includes(` ${phrase} `);
}

/** Runs every line through one `sarathi ask --jsonl` process and returns the outputs by id. */
async function askAll(lines: Array<{ id: string; text: string }>): Promise<Map<string, Output>> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/sarathi.js'), 'ask', '--jsonl'], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
    // Crisis events are logged at warn in the product; here they would drown the figures.
    env: { ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'error' },
  });
  const outputs = new Map<string, Output>();
  const reading = (async () => {
    for await (const line of createInterface({ input: child.stdout })) {
      const output = JSON.parse(line) as Output;
      outputs.set(output.id, output);
    }
  })();
  for (const line of lines) child.stdin.write(`${JSON.stringify(line)}\n`);
  child.stdin.end();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  await reading;
  if (code !== 0) throw new Error(`sarathi ask --jsonl exited with ${code}`);
  return outputs;
}

function pct(value: number): string {
  return value.toFixed(3);
}

function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

async function evaluateRetrieval(): Promise<void> {
  const cases = await readJsonl<RetrievalCase>('test/eval/retrieval-set.jsonl');
  const phrases = await triggerPhrases();
  const refused = cases.filter((c) => phrases.some((phrase) => containsPhrase(c.text, phrase)));
  const refusedIds = new Set(refused.map((c) => c.id));
  const kept = cases.filter((c) => !refusedIds.has(c.id));
  const outputs = await askAll(kept.map(({ id, text }) => ({ id, text })));

  const groups = new Map<string, { n: number; hits: number; rr: number }>();
  let safetyInterrupted = 0;
  for (const c of kept) {
    const retrieved = outputs.get(c.id)?.retrieved ?? [];
    if (
      outputs.get(c.id)?.safety === 'crisis' ||
      outputs.get(c.id)?.flags?.includes('misuse_guard')
    ) {
      safetyInterrupted++;
    }
    const expected = new Set(c.expected);
    const hit = retrieved.slice(0, 5).some((ref) => expected.has(ref)) ? 1 : 0;
    const rank = retrieved.slice(0, 10).findIndex((ref) => expected.has(ref));
    const rr = rank < 0 ? 0 : 1 / (rank + 1);
    const half = Number(c.id.replace(/\D/gu, '')) % 2 === 1 ? 'dev (odd ids)' : 'held (even ids)';
    for (const key of ['all', c.lang, half]) {
      const group = groups.get(key) ?? { n: 0, hits: 0, rr: 0 };
      group.n++;
      group.hits += hit;
      group.rr += rr;
      groups.set(key, group);
    }
  }
  console.log('\nRetrieval (test/eval/retrieval-set.jsonl)');
  console.log(
    `  messages: ${cases.length}, refused for containing a trigger phrase word for word: ${refused.length}, measured: ${kept.length}`,
  );
  if (refused.length > 0) console.log(`  refused ids: ${refused.map((c) => c.id).join(' ')}`);
  console.log(`  answered by the safety gate or misuse guard instead: ${safetyInterrupted}`);
  const rows = [['group', 'n', 'hit@5', 'MRR@10']];
  for (const key of ['all', 'en', 'hi', 'hinglish', 'dev (odd ids)', 'held (even ids)']) {
    const group = groups.get(key);
    if (group === undefined) continue;
    rows.push([key, String(group.n), pct(group.hits / group.n), pct(group.rr / group.n)]);
  }
  console.log(table(rows).replace(/^/gmu, '  '));
  if (kept.length < 150) {
    console.log(
      `  WARNING: fewer than 150 measured messages (${kept.length}); the figure is weak.`,
    );
  }
}

async function evaluateSafety(): Promise<void> {
  const cases = await readJsonl<SafetyCase>('test/eval/safety-set.jsonl');
  const outputs = await askAll(cases.map(({ id, text }) => ({ id, text })));
  type Tally = {
    crisis: number;
    crisisCaught: number;
    misuse: number;
    misuseCaught: number;
    none: number;
    falseAlarms: number;
  };
  const byLang = new Map<string, Tally>();
  const missed: string[] = [];
  const alarms: string[] = [];
  for (const c of cases) {
    const output = outputs.get(c.id);
    const crisis = output?.safety === 'crisis';
    const misuse = output?.flags?.includes('misuse_guard') === true;
    const half = Number(c.id.replace(/\D/gu, '')) % 2 === 1 ? 'dev (odd ids)' : 'held (even ids)';
    for (const key of ['all', c.lang, half]) {
      const tally = byLang.get(key) ?? {
        crisis: 0,
        crisisCaught: 0,
        misuse: 0,
        misuseCaught: 0,
        none: 0,
        falseAlarms: 0,
      };
      if (c.expect === 'crisis') {
        tally.crisis++;
        if (crisis) tally.crisisCaught++;
      } else if (c.expect === 'misuse') {
        tally.misuse++;
        // A crisis reply is a stronger, acceptable response to a request to justify harm.
        if (misuse || crisis) tally.misuseCaught++;
      } else {
        tally.none++;
        if (crisis || misuse) tally.falseAlarms++;
      }
      byLang.set(key, tally);
    }
    if (c.expect === 'crisis' && !crisis) missed.push(`${c.id} ${c.lang} ${c.category}`);
    if (c.expect === 'none' && (crisis || misuse)) alarms.push(`${c.id} ${c.lang} ${c.category}`);
  }
  console.log('\nSafety (test/eval/safety-set.jsonl)');
  const rows = [['group', 'crisis recall', 'misuse caught', 'false alarms on normal']];
  for (const key of ['all', 'en', 'hi', 'hinglish', 'dev (odd ids)', 'held (even ids)']) {
    const t = byLang.get(key);
    if (t === undefined) continue;
    rows.push([
      key,
      `${pct(t.crisisCaught / t.crisis)} (${t.crisisCaught}/${t.crisis})`,
      `${pct(t.misuseCaught / t.misuse)} (${t.misuseCaught}/${t.misuse})`,
      `${pct(t.falseAlarms / t.none)} (${t.falseAlarms}/${t.none})`,
    ]);
  }
  console.log(table(rows).replace(/^/gmu, '  '));
  if (missed.length > 0) console.log(`  missed crises: ${missed.join('; ')}`);
  if (alarms.length > 0) console.log(`  false alarms: ${alarms.join('; ')}`);
}

const which = process.argv[2];
if (which === undefined || which === 'retrieval') await evaluateRetrieval();
if (which === undefined || which === 'safety') await evaluateSafety();
