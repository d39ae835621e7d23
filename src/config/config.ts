import path from 'node:path';
import type { Environment } from './schema.ts';

export type SarathiMode = 'embedded' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface MasterKey {
  readonly id: string;
  readonly key: Buffer;
}

/** The validated settings, read once at start-up and passed down; nothing else reads env. */
export interface Config {
  readonly mode: SarathiMode;
  readonly projectRoot: string;
  readonly port: number;
  /** Interface to listen on: loopback in the embedded mode, all interfaces in production. */
  readonly host: string;
  /** Trust X-Forwarded-For from a reverse proxy (for per-IP limits). */
  readonly trustProxy: boolean;
  readonly shutdownGraceMs: number;
  /** Where nudge jobs run: in the server process (embedded default) or elsewhere (`sarathi worker`). */
  readonly nudgeWorker: 'in-process' | 'off';
  readonly nudgeConcurrency: number;
  readonly rateLimitPerMinute: number;
  readonly widgetIpRateLimitPerMinute: number;
  /** Undefined means "the entry point picks" (the CLI is quieter than the server). */
  readonly logLevel: LogLevel | undefined;
  readonly logFormat: 'json' | 'pretty' | 'auto';
  readonly corpusSource: string | undefined;
  /** Absolute path of the folder for SQLite, the spawned Chroma's data and caches. */
  readonly dataDir: string;
  /** Generated secrets in the embedded mode; never inside `dataDir`, so a copied data folder
   * does not carry its keys. */
  readonly secretsDir: string;
  readonly mongodbUri: string | undefined;
  readonly redisUrl: string | undefined;
  readonly chromaUrl: string | undefined;
  readonly embeddings: 'local' | 'openai';
  readonly openai: {
    readonly apiKey: string | undefined;
    readonly baseUrl: string | undefined;
    readonly model: string | undefined;
    readonly embeddingsModel: string;
  };
  /** The LLM composer's tuning; it is on only when `openai.apiKey` or `openai.baseUrl` is set. */
  readonly llm: {
    readonly temperature: number;
    readonly maxTokens: number;
    /** Budget for the whole model part of one answer, retries and regeneration included. */
    readonly timeoutMs: number;
    readonly breakerFailures: number;
    readonly breakerCooldownMs: number;
  };
  readonly masterKeys: readonly MasterKey[];
  readonly masterKeyFile: string | undefined;
  readonly widget: {
    readonly sessionSecret: string | undefined;
    readonly allowedOrigins: readonly string[];
  };
  readonly metricsToken: string | undefined;
  readonly telegram: {
    readonly botToken: string | undefined;
    readonly webhookUrl: string | undefined;
    readonly webhookSecret: string | undefined;
    /** A Bot API server other than https://api.telegram.org (a local Bot API server, a test fake). */
    readonly apiRoot: string | undefined;
  };
  readonly whatsappEnabled: boolean;
  readonly whatsapp: {
    /** Start with the kill switch on: nothing is sent until resumed. */
    readonly paused: boolean;
    /** `local` keeps the session on disk, `remote` in MongoDB; default by mode. */
    readonly auth: 'local' | 'remote' | undefined;
    readonly chatIntervalMs: number;
    readonly globalPerMinute: number;
    readonly executablePath: string | undefined;
  };
  readonly microsoft: {
    readonly appId: string | undefined;
    readonly appPassword: string | undefined;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    readonly tenantId: string | undefined;
  };
  /** Translator ids in preference order; empty means the manifest's public-domain defaults. */
  readonly shownTranslators: readonly string[];
  readonly maxMessageLength: number;
  readonly defaultRegion: string | undefined;
}

export function toConfig(env: Environment, projectRoot: string): Config {
  const resolve = (value: string) => path.resolve(projectRoot, value);
  return {
    mode: env.SARATHI_MODE,
    projectRoot,
    port: env.PORT,
    host: env.HOST ?? (env.SARATHI_MODE === 'production' ? '0.0.0.0' : '127.0.0.1'),
    trustProxy: env.TRUST_PROXY,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    nudgeWorker: env.NUDGE_WORKER ?? (env.SARATHI_MODE === 'production' ? 'off' : 'in-process'),
    nudgeConcurrency: env.NUDGE_CONCURRENCY,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    widgetIpRateLimitPerMinute: env.WIDGET_IP_RATE_LIMIT_PER_MINUTE,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    corpusSource: env.CORPUS_SOURCE,
    dataDir: resolve(env.DATA_DIR ?? '.data'),
    secretsDir: resolve(env.SECRETS_DIR ?? '.secrets'),
    mongodbUri: env.MONGODB_URI,
    redisUrl: env.REDIS_URL,
    chromaUrl: env.CHROMA_URL,
    embeddings: env.EMBEDDINGS,
    openai: {
      apiKey: env.OPENAI_API_KEY,
      baseUrl: env.OPENAI_BASE_URL,
      model: env.LLM_MODEL,
      embeddingsModel: env.OPENAI_EMBEDDINGS_MODEL,
    },
    llm: {
      temperature: env.LLM_TEMPERATURE,
      maxTokens: env.LLM_MAX_TOKENS,
      timeoutMs: env.LLM_TIMEOUT_MS,
      breakerFailures: env.LLM_BREAKER_FAILURES,
      breakerCooldownMs: env.LLM_BREAKER_COOLDOWN_MS,
    },
    masterKeys: env.MASTER_KEYS,
    masterKeyFile: env.MASTER_KEY_FILE === undefined ? undefined : resolve(env.MASTER_KEY_FILE),
    widget: {
      sessionSecret: env.WIDGET_SESSION_SECRET,
      allowedOrigins: env.WIDGET_ALLOWED_ORIGINS,
    },
    metricsToken: env.METRICS_TOKEN,
    telegram: {
      botToken: env.TELEGRAM_BOT_TOKEN,
      webhookUrl: env.TELEGRAM_WEBHOOK_URL,
      webhookSecret: env.TELEGRAM_WEBHOOK_SECRET,
      // grammY appends /bot<token>/<method>; a trailing slash would double it.
      apiRoot: env.TELEGRAM_API_ROOT?.replace(/\/+$/u, ''),
    },
    whatsappEnabled: env.WHATSAPP_ENABLED,
    whatsapp: {
      paused: env.WHATSAPP_PAUSED,
      auth: env.WHATSAPP_AUTH,
      chatIntervalMs: env.WHATSAPP_CHAT_INTERVAL_MS,
      globalPerMinute: env.WHATSAPP_GLOBAL_PER_MINUTE,
      executablePath: env.PUPPETEER_EXECUTABLE_PATH,
    },
    microsoft: {
      appId: env.MICROSOFT_APP_ID,
      appPassword: env.MICROSOFT_APP_PASSWORD,
      appType: env.MICROSOFT_APP_TYPE,
      tenantId: env.MICROSOFT_APP_TENANT_ID,
    },
    shownTranslators: env.SHOWN_TRANSLATORS,
    maxMessageLength: env.MAX_MESSAGE_LENGTH,
    defaultRegion: env.DEFAULT_REGION,
  };
}
