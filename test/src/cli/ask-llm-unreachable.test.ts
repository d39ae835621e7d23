/**
 * `sarathi ask --jsonl` with an LLM configured whose server cannot be reached: every line is
 * still answered, extractively, in the same contract, and the flags say why.
 */
import { findFreePort } from '../../../src/infra/index.ts';
import { makeAppDataDir, runSarathi, type SarathiRun } from '../../helpers/project.ts';

let data: Awaited<ReturnType<typeof makeAppDataDir>>;

beforeAll(async () => {
  data = await makeAppDataDir('sarathi-cli-llm-');
}, 60_000);

afterAll(async () => {
  await data.remove();
});

function askJsonl(input: string, env: Record<string, string>): Promise<SarathiRun> {
  return runSarathi(['ask', '--jsonl'], {
    input,
    env: { DATA_DIR: data.dir, SECRETS_DIR: data.secretsDir, ...env },
  });
}

it('answers every line extractively when the model server is unreachable', async () => {
  // A port nothing listens on: connections are refused at once.
  const port = await findFreePort('127.0.0.1');
  const texts = [
    'I feel anxious about my exam results',
    'my manager shouts at me every day',
    'i miss my grandmother who passed away',
    'how do i stop being so angry with my brother',
    'I am scared of failing again',
  ];
  const input = texts.map((text, i) => JSON.stringify({ id: String(i + 1), text })).join('\n');
  const result = await askJsonl(`${input}\n`, {
    OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
    LLM_MODEL: 'llama3.1:8b',
    LLM_TIMEOUT_MS: '2000',
    LLM_BREAKER_FAILURES: '3',
  });
  expect(result.code).toBe(0);
  const outputs = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(outputs.map((output) => output['id'])).toEqual(['1', '2', '3', '4', '5']);
  for (const output of outputs) {
    expect(Object.keys(output).sort()).toEqual(
      ['citations', 'composer', 'flags', 'id', 'parts', 'retrieved', 'safety'].sort(),
    );
    expect(output['composer']).toBe('extractive');
    expect((output['citations'] as string[]).length).toBeGreaterThan(0);
  }
  // Three refused connections (each retried) open the breaker; the rest skip the provider.
  expect(outputs.map((output) => output['flags'])).toEqual([
    ['llm_retried', 'llm_unavailable', 'llm_network'],
    ['llm_retried', 'llm_unavailable', 'llm_network'],
    ['llm_retried', 'llm_unavailable', 'llm_network'],
    ['llm_unavailable', 'llm_breaker_open'],
    ['llm_unavailable', 'llm_breaker_open'],
  ]);
}, 120_000);
