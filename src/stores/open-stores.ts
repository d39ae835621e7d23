import { openMongoStores } from './mongo/index.ts';
import type { StoreConfig, Stores } from './ports/index.ts';
import { openSqliteStores } from './sqlite/index.ts';

/** The one place that knows which adapters exist. */
export function openStores(config: StoreConfig): Promise<Stores> {
  switch (config.driver) {
    case 'sqlite':
      return openSqliteStores(config.file);
    case 'mongodb':
      return openMongoStores(config.uri, config.dbName);
  }
}
