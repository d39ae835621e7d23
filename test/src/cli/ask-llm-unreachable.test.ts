/**
 * `sarathi ask --jsonl` with an LLM configured whose server cannot be reached: every line is
 * still answered, extractively, in the same contract, and the flags say why.
 */
import { spawn } from 'node:child_process';
import { findFreePort } from '../../../src/infra/index.ts';
import { PROJECT_ROOT, makeAppDataDir } from '../../helpers/project.ts';
import path from 'node:path';

let data: Awaited<ReturnType<typeof makeAppDataDir>>;

beforeAll(async () => {
  data = await makeAppDataDir('sarathi-cli-llm-');
}, 60_000);

afterAll(async () => {
  await data.remove();
});

function askJsonl(
  input: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(PROJECT_ROOT, 'bin/sarathi.js'), 'ask', '--jsonl'],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          DATA_DIR: data.dir,
          SECRETS_DIR: data.secretsDir,
          LOG_LEVEL: 'error',
          ...env,
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
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
