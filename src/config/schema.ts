/**
 * Every setting Sarathi reads, as one zod schema over the raw environment. Names follow
 * ARCHITECTURE.md; `.env.example` documents each one. Embedded-mode defaults let `npm start`
 * run with no configuration; production demands what it cannot safely invent.
 */
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const optionalUrl = optionalText.pipe(
  z.url({ message: 'must be a URL such as http://localhost:6379' }).optional(),
);

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''], {
    message: 'must be true or false',
  })
  .optional()
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );

const masterKeyList = commaList.pipe(
  z.array(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]+=*$/, {
        message: 'each entry must be id:base64 (e.g. k2026:Zm9v...)',
      })
      .transform((entry) => {
        const [id, base64] = entry.split(':') as [string, string];
        return { id, key: Buffer.from(base64, 'base64') };
      })
      .refine((entry) => entry.key.length === 32, {
        message: 'each key must decode to 32 bytes (AES-256)',
      }),
  ),
);

export const environmentSchema = z.object({
  SARATHI_MODE: z.enum(['embedded', 'production']).default('embedded'),
  HOST: optionalText,
  TRUST_PROXY: booleanFlag,
  SHUTDOWN_GRACE_MS: z.coerce
    .number({ message: 'must be milliseconds (0-120000)' })
    .int({ message: 'must be milliseconds (0-120000)' })
    .min(0, { message: 'must be milliseconds (0-120000)' })
    .max(120_000, { message: 'must be milliseconds (0-120000)' })
    .default(10_000),
  NUDGE_WORKER: z.enum(['in-process', 'off']).optional(),
  NUDGE_CONCURRENCY: z.coerce
    .number({ message: 'must be a whole number of jobs (1-1000)' })
    .int({ message: 'must be a whole number of jobs (1-1000)' })
    .min(1, { message: 'must be a whole number of jobs (1-1000)' })
    .max(1000, { message: 'must be a whole number of jobs (1-1000)' })
    .default(50),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ message: 'must be a whole number of messages (1-100000)' })
    .int({ message: 'must be a whole number of messages (1-100000)' })
    .min(1, { message: 'must be a whole number of messages (1-100000)' })
    .max(100_000, { message: 'must be a whole number of messages (1-100000)' })
    .default(20),
  WIDGET_IP_RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ message: 'must be a whole number of requests (1-1000000)' })
    .int({ message: 'must be a whole number of requests (1-1000000)' })
    .min(1, { message: 'must be a whole number of requests (1-1000000)' })
    .max(1_000_000, { message: 'must be a whole number of requests (1-1000000)' })
    .default(120),
  PORT: z.coerce
    .number({ message: 'must be a port number (0-65535)' })
    .int({ message: 'must be a port number (0-65535)' })
    .min(0, { message: 'must be a port number (0-65535)' })
    .max(65535, { message: 'must be a port number (0-65535)' })
    .default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  LOG_FORMAT: z.enum(['json', 'pretty', 'auto']).default('auto'),
  CORPUS_SOURCE: optionalText,
  DATA_DIR: optionalText,
  SECRETS_DIR: optionalText,
  MONGODB_URI: optionalText,
  REDIS_URL: optionalUrl,
  CHROMA_URL: optionalUrl,
  EMBEDDINGS: z.enum(['local', 'openai']).default('local'),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalUrl,
  LLM_MODEL: optionalText,
  LLM_TEMPERATURE: z.coerce
    .number({ message: 'must be a number from 0 to 2' })
    .min(0, { message: 'must be a number from 0 to 2' })
    .max(2, { message: 'must be a number from 0 to 2' })
    .default(0.4),
  LLM_MAX_TOKENS: z.coerce
    .number({ message: 'must be a whole number of tokens (50-4000)' })
    .int({ message: 'must be a whole number of tokens (50-4000)' })
    .min(50, { message: 'must be a whole number of tokens (50-4000)' })
    .max(4000, { message: 'must be a whole number of tokens (50-4000)' })
    .default(600),
  LLM_TIMEOUT_MS: z.coerce
    .number({ message: 'must be milliseconds (500-120000)' })
    .int({ message: 'must be milliseconds (500-120000)' })
    .min(500, { message: 'must be milliseconds (500-120000)' })
    .max(120_000, { message: 'must be milliseconds (500-120000)' })
    .default(8000),
  LLM_BREAKER_FAILURES: z.coerce
    .number({ message: 'must be a whole number of failures (1-100)' })
    .int({ message: 'must be a whole number of failures (1-100)' })
    .min(1, { message: 'must be a whole number of failures (1-100)' })
    .max(100, { message: 'must be a whole number of failures (1-100)' })
    .default(3),
  LLM_BREAKER_COOLDOWN_MS: z.coerce
    .number({ message: 'must be milliseconds (1000-3600000)' })
    .int({ message: 'must be milliseconds (1000-3600000)' })
    .min(1000, { message: 'must be milliseconds (1000-3600000)' })
    .max(3_600_000, { message: 'must be milliseconds (1000-3600000)' })
    .default(30_000),
  OPENAI_EMBEDDINGS_MODEL: z.string().trim().min(1).default('text-embedding-3-small'),
  MASTER_KEYS: masterKeyList,
  MASTER_KEY_FILE: optionalText,
  WIDGET_SESSION_SECRET: optionalText,
  WIDGET_ALLOWED_ORIGINS: commaList,
  METRICS_TOKEN: optionalText,
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_WEBHOOK_URL: optionalUrl,
  TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, {
        message: 'must be 1-256 characters of A-Z, a-z, 0-9, _ and - (what Telegram accepts)',
      })
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalUrl,
  WHATSAPP_ENABLED: booleanFlag,
  WHATSAPP_PAUSED: booleanFlag,
  WHATSAPP_AUTH: z.enum(['local', 'remote']).optional(),
  WHATSAPP_CHAT_INTERVAL_MS: z.coerce
    .number({ message: 'must be milliseconds (500-600000)' })
    .int({ message: 'must be milliseconds (500-600000)' })
    .min(500, { message: 'must be milliseconds (500-600000)' })
    .max(600_000, { message: 'must be milliseconds (500-600000)' })
    .default(3000),
  WHATSAPP_GLOBAL_PER_MINUTE: z.coerce
    .number({ message: 'must be a whole number of messages (1-600)' })
    .int({ message: 'must be a whole number of messages (1-600)' })
    .min(1, { message: 'must be a whole number of messages (1-600)' })
    .max(600, { message: 'must be a whole number of messages (1-600)' })
    .default(20),
  PUPPETEER_EXECUTABLE_PATH: optionalText,
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TYPE: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])
    .default('MultiTenant'),
  MICROSOFT_APP_TENANT_ID: optionalText,
  SHOWN_TRANSLATORS: commaList,
  MAX_MESSAGE_LENGTH: z.coerce
    .number({ message: 'must be a number of characters (50-20000)' })
    .int({ message: 'must be a number of characters (50-20000)' })
    .min(50, { message: 'must be a number of characters (50-20000)' })
    .max(20000, { message: 'must be a number of characters (50-20000)' })
    .default(2000),
  DEFAULT_REGION: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: 'must be an ISO country code such as IN' })
    .optional(),
});

export type Environment = z.infer<typeof environmentSchema>;
