/**
 * What every Sarathi collection shares. `strict`/`strictQuery: 'throw'`: a misspelt field in a
 * write or a filter throws instead of being dropped (a dropped filter key would turn
 * `deleteMany({ usrId })` into "delete everything"). No version key: concurrency is handled by
 * conditional updates and transactions. Indexes and collections are created when the stores
 * open (`open-mongo-stores.ts`), awaited, not in the background.
 */
export function collectionOptions(collection: string) {
  return {
    collection,
    strict: 'throw',
    strictQuery: 'throw',
    versionKey: false,
    autoIndex: false,
    autoCreate: false,
  } as const;
}
