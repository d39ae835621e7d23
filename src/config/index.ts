export type { Config, LogLevel, MasterKey, SarathiMode } from './config.ts';
export { ConfigError, loadConfig, PROJECT_ROOT } from './load-config.ts';
export type { LoadConfigOptions } from './load-config.ts';
