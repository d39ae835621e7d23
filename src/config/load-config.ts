import path from 'node:path';
import type { z } from 'zod';
import { toConfig, type Config } from './config.ts';
import { environmentSchema, type Environment } from './schema.ts';

/** Thrown when settings are invalid or missing; `problems` holds one line per setting. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** The repository root: two levels above this file (src/config/). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface LoadConfigOptions {
  readonly projectRoot?: string;
}

/**
 * Reads and validates the environment once. Values are never echoed in errors, since some are
 * secrets; each problem names the variable and what it must be.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  options: LoadConfigOptions = {},
): Config {
  const parsed = environmentSchema.safeParse(pickKnown(env));
  if (!parsed.success) {
    throw new ConfigError(describeIssues(parsed.error));
  }
  const missing = missingForProduction(parsed.data);
  const problems = [
    ...missingForEmbeddings(parsed.data),
    ...missing.map((name) => `${name} is required when SARATHI_MODE=production`),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return toConfig(parsed.data, options.projectRoot ?? PROJECT_ROOT);
}

function pickKnown(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const known: Record<string, string> = {};
  for (const name of Object.keys(environmentSchema.shape)) {
    const value = env[name];
    if (value !== undefined) known[name] = value;
  }
  return known;
}

function describeIssues(error: z.ZodError): string[] {
  const lines = new Map<string, string>();
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? 'environment');
    const detail = issue.path.length > 1 ? ` (entry ${String(issue.path[1])})` : '';
    if (!lines.has(name)) lines.set(name, `${name}${detail}: ${issue.message}`);
  }
  return [...lines.values()];
}

function missingForEmbeddings(env: Environment): string[] {
  if (env.EMBEDDINGS !== 'openai') return [];
  if (env.OPENAI_API_KEY !== undefined || env.OPENAI_BASE_URL !== undefined) return [];
  return ['EMBEDDINGS=openai needs OPENAI_API_KEY or OPENAI_BASE_URL'];
}

function missingForProduction(env: Environment): string[] {
  if (env.SARATHI_MODE !== 'production') return [];
  const missing: string[] = [];
  if (env.MASTER_KEYS.length === 0 && env.MASTER_KEY_FILE === undefined) {
    missing.push('MASTER_KEYS or MASTER_KEY_FILE');
  }
  if (env.WIDGET_SESSION_SECRET === undefined) missing.push('WIDGET_SESSION_SECRET');
  if (env.METRICS_TOKEN === undefined) missing.push('METRICS_TOKEN');
  if (env.WIDGET_ALLOWED_ORIGINS.length === 0) missing.push('WIDGET_ALLOWED_ORIGINS');
  if (env.MONGODB_URI === undefined) missing.push('MONGODB_URI');
  if (env.REDIS_URL === undefined) missing.push('REDIS_URL');
  if (env.CHROMA_URL === undefined) missing.push('CHROMA_URL');
  // Several instances behind one webhook must share the secret Telegram sends back.
  if (env.TELEGRAM_WEBHOOK_URL !== undefined && env.TELEGRAM_WEBHOOK_SECRET === undefined) {
    missing.push('TELEGRAM_WEBHOOK_SECRET (with TELEGRAM_WEBHOOK_URL)');
  }
  return missing;
}
