/**
 * Keys whose values must never reach a log line: what people write (message text,
 * reflections), secrets (tokens, keys, passwords) and contact details (phone numbers).
 * pino's `*.x` matches one level only, so each key is listed at the top level and two levels
 * down — deep enough for `{ message: { text } }` and `{ req: { body: { text } } }`.
 */
const SENSITIVE_KEYS = [
  'text',
  'body',
  'content',
  'reflection',
  'reflections',
  'prompt',
  'sealed',
  'token',
  'botToken',
  'apiKey',
  'key',
  'keys',
  'masterKeys',
  'secret',
  'sessionSecret',
  'webhookSecret',
  'password',
  'appPassword',
  'authorization',
  'cookie',
  'phone',
  'phoneNumber',
  'from',
] as const;

const HEADER_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'res.headers["set-cookie"]',
];

export const REDACT_PATHS: readonly string[] = [
  ...SENSITIVE_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
  ...HEADER_PATHS,
];

export const REDACTED = '[redacted]';
