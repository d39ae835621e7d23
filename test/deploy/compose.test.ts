/**
 * The production form, checked without a container engine: docker-compose.yml against the Compose
 * specification (Debian's docker-compose 1.29 validates offline against its bundled schema), what
 * the issue asks of each service, and the Dockerfile read as text.
 *
 * `.env` holds real secrets and is never in the repository, but the compose file requires it
 * (`env_file: .env`); validation runs in a scratch project folder whose `.env` is a copy of
 * `.env.example`, which also checks that the documented file is one compose can read.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const COMPOSE_FILE = path.join(ROOT, 'docker-compose.yml');
const INSTALL_HINT =
  'docker-compose is not installed: `apt-get install -y --no-install-recommends docker-compose` ' +
  '(Debian; .ci/run installs it), needed to validate docker-compose.yml';

interface Healthcheck {
  test?: string[] | string;
  disable?: boolean;
}
interface Service {
  image?: string;
  build?: { context?: string; dockerfile?: string };
  command?: string[];
  healthcheck?: Healthcheck;
  volumes?: Array<{ type?: string; source?: string; target?: string } | string>;
  environment?: Record<string, string | null>;
  depends_on?: Record<string, { condition?: string }>;
}
interface Normalised {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

async function dockerCompose(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(
      'docker-compose',
      ['-f', COMPOSE_FILE, '--project-directory', cwd, ...args],
      { cwd, env: { ...process.env, COMPOSE_PROJECT_NAME: 'sarathi' } },
    );
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(INSTALL_HINT, { cause: error });
    }
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`docker-compose ${args.join(' ')} failed:\n${stderr}`, { cause: error });
  }
}

/** YAML to JSON with python3-yaml, which docker-compose itself depends on (no npm YAML parser). */
async function yamlToJson(yaml: string): Promise<unknown> {
  const child = execFile('python3', [
    '-c',
    'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)',
  ]);
  const output = new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`python3 yaml: ${err}`)),
    );
  });
  child.stdin?.end(yaml);
  return JSON.parse(await output) as unknown;
}

function volumeSources(service: Service): string[] {
  return (service.volumes ?? []).flatMap((volume) =>
    typeof volume === 'string' ? [volume.split(':')[0] ?? ''] : [volume.source ?? ''],
  );
}

describe('docker-compose.yml', () => {
  let project: string;
  let config: Normalised;

  beforeAll(async () => {
    project = await mkdtemp(path.join(os.tmpdir(), 'sarathi-compose-'));
    await copyFile(path.join(ROOT, '.env.example'), path.join(project, '.env'));
    // Valid against the Compose specification: `config -q` prints nothing and exits 0.
    expect(await dockerCompose(['config', '-q'], project)).toBe('');
    config = (await yamlToJson(await dockerCompose(['config'], project))) as Normalised;
  });

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('has the app, the worker, MongoDB, Redis and Chroma', () => {
    expect(Object.keys(config.services).sort()).toEqual(
      ['app', 'chroma', 'mongo', 'redis', 'worker'].sort(),
    );
    expect(config.services['mongo']?.image).toMatch(/^mongo:\d/);
    expect(config.services['redis']?.image).toMatch(/^redis:\d/);
    expect(config.services['chroma']?.image).toMatch(/^chromadb\/chroma:\d/);
  });

  it('builds the app and the worker image from the Dockerfile, the worker running `sarathi worker`', () => {
    for (const name of ['app', 'worker']) {
      const service = config.services[name]!;
      expect(service.build?.context).toBe(project);
      expect(service.build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
      expect(service.image).toBe('sarathi:latest');
    }
    expect(config.services['worker']?.command).toEqual(['node', 'bin/sarathi.js', 'worker']);
    // One nudge worker: the server's in-process one is off beside the worker service.
    expect(config.services['app']?.environment?.['NUDGE_WORKER']).toBe('off');
    expect(config.services['app']?.environment?.['SARATHI_MODE']).toBe('production');
  });

  it("checks the worker's health by its heartbeat in Redis", () => {
    expect(config.services['worker']?.healthcheck?.test).toEqual([
      'CMD',
      'node',
      'bin/sarathi.js',
      'worker',
      '--health',
    ]);
  });

  it('runs Redis with append-only persistence', () => {
    const command = config.services['redis']?.command ?? [];
    expect(command[0]).toBe('redis-server');
    expect(command[command.indexOf('--appendonly') + 1]).toBe('yes');
  });

  it('gives every service a health check, and starts the app after its stores are healthy', () => {
    for (const [name, service] of Object.entries(config.services)) {
      expect([name, service.healthcheck?.disable === true]).toEqual([name, false]);
      expect([name, (service.healthcheck?.test ?? []).length > 0]).toEqual([name, true]);
    }
    for (const store of ['mongo', 'redis', 'chroma']) {
      expect(config.services['app']?.depends_on?.[store]?.condition).toBe('service_healthy');
    }
  });

  it('keeps every stateful service on a named volume', () => {
    const named = Object.keys(config.volumes ?? {});
    for (const name of ['app', 'worker', 'mongo', 'redis', 'chroma']) {
      const sources = volumeSources(config.services[name]!);
      expect([name, sources.length > 0]).toEqual([name, true]);
      for (const source of sources)
        expect([name, named]).toEqual([name, expect.arrayContaining([source])]);
    }
  });
});

describe('Dockerfile', () => {
  let lines: string[];

  beforeAll(async () => {
    const text = await readFile(path.join(ROOT, 'Dockerfile'), 'utf8');
    // Continuation lines joined, comments dropped: one instruction per entry.
    lines = text
      .replace(/\\\r?\n/g, ' ')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
  });

  const instructions = (name: string) =>
    lines.filter((line) => line.toUpperCase().startsWith(`${name} `));

  it('is multi-stage on a Node 24 slim image', () => {
    const stages = instructions('FROM');
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^FROM\s+node:24(\.\d+)*-(\w+-)?slim\b/i);
    // The last stage copies from an earlier one rather than rebuilding.
    expect(lines.some((line) => /^COPY\s+--from=/i.test(line))).toBe(true);
  });

  it('runs as a non-root user', () => {
    const users = instructions('USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^USER\s+(root|0)(:|\s|$)/i);
  });

  it('has a HEALTHCHECK on /health', () => {
    const checks = instructions('HEALTHCHECK');
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatch(/CMD .*\/health/);
  });

  it('keeps secrets and local data out of the build context', async () => {
    const ignored = (await readFile(path.join(ROOT, '.dockerignore'), 'utf8')).split(/\r?\n/);
    expect(ignored).toEqual(expect.arrayContaining(['.env', '.secrets', '.data', 'node_modules']));
  });
});
