import path from 'node:path';
import type { Config } from '../config/index.ts';
import type { StoreConfig } from '../stores/index.ts';

/** The SQLite file of a data folder (the embedded default). */
export function databaseFile(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'sarathi.db');
}

/**
 * Which database the app (and the CLI's key rotation) opens: MongoDB when `MONGODB_URI` is set
 * (production requires it), otherwise the SQLite file in the data folder.
 */
export function storeConfigFor(config: Pick<Config, 'dataDir' | 'mongodbUri'>): StoreConfig {
  return config.mongodbUri === undefined
    ? { driver: 'sqlite', file: databaseFile(config) }
    : { driver: 'mongodb', uri: config.mongodbUri };
}
