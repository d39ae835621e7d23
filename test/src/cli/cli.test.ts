/**
 * The `sarathi` command as a person or an evaluation harness uses it: a real process, real
 * corpus, real Chroma and SQLite in a temp data dir.
 */
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectCorpus, runSarathi, type SarathiRun } from '../../helpers/project.ts';

let dataDir: string;
const REFLECTION = `the river does not hurry ${Date.now().toString(36)}`;
const shownText = (output: Record<string, unknown> | undefined) =>
  JSON.stringify((output ?? {})['parts'] ?? []);

function run(args: string[], input = '', env: Record<string, string> = {}): Promise<SarathiRun> {
  return runSarathi(args, {
    input,
    // Beside the data dir, never inside it (the app refuses a master key there).
    env: { DATA_DIR: dataDir, SECRETS_DIR: `${dataDir}-secrets`, ...env },
  });
}

beforeAll(async () => {
  await projectCorpus();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-cli-'));
  // Reuse the word-vector cache the embeddings tests keep, instead of building one here.
  const shared = path.join(os.tmpdir(), 'sarathi-test-glove-cache');
  await mkdir(shared, { recursive: true });
  await symlink(shared, path.join(dataDir, 'cache'));
}, 60_000);

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(`${dataDir}-secrets`, { recursive: true, force: true });
});

describe('sarathi ask --jsonl', () => {
  let outputs: Array<Record<string, unknown>>;

  beforeAll(async () => {
    const lines = [
      { id: 'a', text: 'i feel so lonely since i moved to this city for work' },
      'this is not json',
      { id: 'b' },
      { id: 'c', text: 'what does 2.73 say' },
      { id: 'd', text: '/verse 2.47', user: 'asha' },
      { id: 'e', text: 'another verse', user: 'asha' },
      { id: 'f', text: 'I want to end my life', locale: 'en-US' },
      { id: 7, text: 'मुझे बहुत गुस्सा आता है अपने भाई पर' },
      { id: 'r1', text: `/reflect ${REFLECTION}`, user: 'meera' },
      { id: 'r2', text: '/reflections', user: 'meera' },
      { id: 'r3', text: '/reflections', user: 'kiran' },
      { id: 'r4', text: '/reflections' },
    ];
    const input = lines
      .map((line) => (typeof line === 'string' ? line : JSON.stringify(line)))
      .join('\n');
    const result = await run(['ask', '--jsonl'], `${input}\n\n`);
    expect(result.code).toBe(0);
    outputs = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }, 180_000);

  it('writes one line per input line, in order, skipping blank lines', () => {
    expect(outputs.map((output) => output['id'])).toEqual([
      'a',
      null,
      'b',
      'c',
      'd',
      'e',
      'f',
      '7',
      'r1',
      'r2',
      'r3',
      'r4',
    ]);
  });

  it('keeps the documented shape', () => {
    const answer = outputs[0] ?? {};
    expect(Object.keys(answer).sort()).toEqual(
      ['citations', 'composer', 'flags', 'id', 'parts', 'retrieved', 'safety'].sort(),
    );
    expect(answer).toMatchObject({ safety: 'none', composer: 'extractive' });
    expect((answer['retrieved'] as string[]).length).toBe(10);
    const parts = answer['parts'] as Array<Record<string, unknown>>;
    const verse = parts.find((part) => part['type'] === 'verse') ?? {};
    expect(Object.keys(verse).sort()).toEqual(
      ['ref', 'sanskrit', 'transliteration', 'translation', 'translator', 'type'].sort(),
    );
    // Stateless lines carry no welcome: the first text is the answer's own opening.
    expect(String((parts[0] ?? {})['text'])).not.toMatch(/I'm Sarathi/);
  });

  it('answers a bad line with an error object and goes on', () => {
    expect(outputs[1]).toEqual({ id: null, error: 'invalid JSON' });
    expect(outputs[2]).toEqual({ id: 'b', error: expect.stringMatching(/^text: /) });
  });

  it('flags a verse that does not exist instead of inventing one', () => {
    expect(outputs[3]).toMatchObject({ flags: ['unknown_ref'], citations: [] });
  });

  it('remembers a CLI user across lines', () => {
    expect(outputs[4]).toMatchObject({ citations: ['2.47'] });
    const next = outputs[5] ?? {};
    expect((next['citations'] as string[]).length).toBe(1);
    expect(next['citations']).not.toEqual(['2.47']);
  });

  it("keeps a reflection for the line's user and shows it to that user only", () => {
    expect(outputs[8]).toMatchObject({ composer: 'command', flags: ['reflection_saved'] });
    expect(shownText(outputs[8])).not.toContain(REFLECTION);
    expect(shownText(outputs[9])).toContain(REFLECTION);
    expect(shownText(outputs[10])).not.toContain(REFLECTION);
    expect(shownText(outputs[10])).toMatch(/haven't kept a reflection yet/);
    expect(shownText(outputs[11])).not.toContain(REFLECTION);
    expect(shownText(outputs[11])).toMatch(/only when I know who is writing/);
  });

  it('answers a crisis with helplines and no verse', () => {
    const crisis = outputs[6] ?? {};
    expect(crisis).toMatchObject({ safety: 'crisis', composer: 'safety', citations: [] });
    const types = (crisis['parts'] as Array<{ type: string }>).map((part) => part.type);
    expect(types).toContain('resources');
    expect(types).not.toContain('verse');
  });
});

describe('sarathi keys rotate', () => {
  const keyFile = () => path.join(`${dataDir}-secrets`, 'master-keys');

  it('re-wraps every data key under a new key, idempotently, and reflections stay readable', async () => {
    // The jsonl run above kept a reflection under the generated key; a fresh one starts here too.
    const before = await readFile(keyFile(), 'utf8');
    expect(before.trim().split('\n')).toHaveLength(1);

    const rotated = await run(['keys', 'rotate', '--generate']);
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toMatch(
      /^[1-9]\d* data key\(s\) re-wrapped under local-\w+; reflections untouched\./,
    );
    expect(rotated.stdout).toMatch(/can be removed from the configuration/);
    expect(rotated.stderr).toMatch(/re-wrapping data keys: \d+\/\d+ \(100%\)/);
    const lines = (await readFile(keyFile(), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(before.trim());
    expect((await stat(keyFile())).mode & 0o777).toBe(0o600);

    const again = await run(['keys', 'rotate']);
    expect(again.stdout).toMatch(/^0 data key\(s\) re-wrapped/);

    // With the old key removed, the reflection still opens for its owner.
    await writeFile(keyFile(), `${lines[0]}\n`, { mode: 0o600 });
    const read = await run(
      ['ask', '--jsonl'],
      `${JSON.stringify({ id: 'x', text: '/reflections', user: 'meera' })}\n`,
    );
    expect(read.code).toBe(0);
    expect(read.stdout).toContain(REFLECTION);
  }, 180_000);

  it('refuses --generate when the keys come from configuration, in one line', async () => {
    const result = await run(['keys', 'rotate', '--generate'], '', {
      MASTER_KEYS: `k9:${Buffer.alloc(32, 7).toString('base64')}`,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--generate works only with the embedded mode/);
  });
});

describe('the sarathi command', () => {
  it('lists its subcommands', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['start', 'chat', 'ask', 'corpus', 'keys'])
      expect(result.stdout).toContain(command);
  });

  it('prints a readable answer for ask', async () => {
    const result = await run([
      'ask',
      'how',
      'do',
      'I',
      'stop',
      'procrastinating',
      'on',
      'my',
      'thesis',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/┌ Bhagavad Gita \d+\.\d+/);
    expect(result.stdout).toMatch(/→ \[Another verse\]/);
  }, 60_000);

  it('holds a terminal conversation on stdin and says goodbye', async () => {
    const result = await run(['chat', '--user', 'ravi'], '/verse 18.66\nexit\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Sarathi is listening');
    expect(result.stdout).toContain('Bhagavad Gita 18.66');
    expect(result.stdout).toContain('Take care');
  }, 60_000);

  it('verifies the installed corpus', async () => {
    const result = await run(['corpus', 'verify']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/verified: every hash, count and record matches/);
  }, 60_000);

  it('explains invalid settings in one line each and exits non-zero', async () => {
    const result = await run(['ask', 'hello'], '', { PORT: 'abc', SARATHI_MODE: 'staging' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT: must be a port number (0-65535)');
    expect(result.stderr).toMatch(/SARATHI_MODE: /);
  });

  it('says what is wrong when ask has nothing to ask', async () => {
    const result = await run(['ask']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ask needs some text/);
  }, 60_000);
});
