import path from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config/index.ts';

const root = '/srv/sarathi';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env, { projectRoot: root });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('needs nothing in the embedded mode and fills in its defaults', () => {
    const config = loadConfig({}, { projectRoot: root });
    expect(config.mode).toBe('embedded');
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe(path.join(root, '.data'));
    expect(config.embeddings).toBe('local');
    expect(config.shownTranslators).toEqual([]);
    expect(config.maxMessageLength).toBe(2000);
    expect(config.whatsappEnabled).toBe(false);
  });

  it('reads lists, flags, paths and keys', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig(
      {
        DATA_DIR: '/var/lib/sarathi',
        SHOWN_TRANSLATORS: 'sivananda, purohit',
        WIDGET_ALLOWED_ORIGINS: 'https://a.example,https://b.example',
        WHATSAPP_ENABLED: 'true',
        MASTER_KEYS: `k2:${key},k1:${key}`,
        CHROMA_URL: 'http://chroma:8000',
        TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      },
      { projectRoot: root },
    );
    expect(config.dataDir).toBe('/var/lib/sarathi');
    expect(config.shownTranslators).toEqual(['sivananda', 'purohit']);
    expect(config.widget.allowedOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.whatsappEnabled).toBe(true);
    expect(config.masterKeys.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(config.masterKeys[0]?.key.length).toBe(32);
    expect(config.chromaUrl).toBe('http://chroma:8000');
    // grammY appends /bot<token>/<method> to the root: the trailing slash is dropped.
    expect(config.telegram.apiRoot).toBe('http://127.0.0.1:8081');
    expect(loadConfig({}, { projectRoot: root }).telegram.apiRoot).toBeUndefined();
  });

  it('gives one clear line per invalid value, naming the variable and never echoing it', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      REDIS_URL: 'not a url',
      MASTER_KEYS: 'k1:c2hvcnQ=',
      WHATSAPP_ENABLED: 'maybe',
      SARATHI_MODE: 'staging',
    });
    expect(problems).toHaveLength(5);
    expect(problems).toEqual(
      expect.arrayContaining([
        'PORT: must be a port number (0-65535)',
        expect.stringMatching(/^REDIS_URL: must be a URL/),
        expect.stringMatching(/^MASTER_KEYS \(entry 0\): each key must decode to 32 bytes/),
        'WHATSAPP_ENABLED: must be true or false',
        expect.stringMatching(/^SARATHI_MODE: /),
      ]),
    );
    expect(problems.join(' ')).not.toContain('c2hvcnQ=');
  });

  it('refuses production without the settings it cannot invent, one line each', () => {
    const problems = problemsOf({ SARATHI_MODE: 'production', REDIS_URL: 'redis://r:6379' });
    expect(problems).toEqual([
      'MASTER_KEYS or MASTER_KEY_FILE is required when SARATHI_MODE=production',
      'WIDGET_SESSION_SECRET is required when SARATHI_MODE=production',
      'METRICS_TOKEN is required when SARATHI_MODE=production',
      'WIDGET_ALLOWED_ORIGINS is required when SARATHI_MODE=production',
      'MONGODB_URI is required when SARATHI_MODE=production',
      'CHROMA_URL is required when SARATHI_MODE=production',
    ]);
  });

  it('starts in production when everything required is there', () => {
    const config = loadConfig(
      {
        SARATHI_MODE: 'production',
        MASTER_KEY_FILE: '/run/secrets/master-keys',
        WIDGET_SESSION_SECRET: 's',
        METRICS_TOKEN: 't',
        WIDGET_ALLOWED_ORIGINS: 'https://example.org',
        MONGODB_URI: 'mongodb://db/sarathi',
        REDIS_URL: 'redis://redis:6379',
        CHROMA_URL: 'http://chroma:8000',
      },
      { projectRoot: root },
    );
    expect(config.mode).toBe('production');
    expect(config.masterKeyFile).toBe('/run/secrets/master-keys');
  });

  it('treats empty values as unset, as in a copied .env.example', () => {
    const config = loadConfig(
      { CHROMA_URL: '', LOG_LEVEL: 'debug', DATA_DIR: '' },
      { projectRoot: root },
    );
    expect(config.chromaUrl).toBeUndefined();
    expect(config.logLevel).toBe('debug');
    expect(config.dataDir).toBe(path.join(root, '.data'));
  });
});
