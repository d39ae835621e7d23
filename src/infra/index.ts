export { findFreePort } from './free-port.ts';
export {
  INSTALL_REDIS_HINT,
  redisServerBinary,
  RedisUnavailableError,
  startLocalRedis,
} from './local-redis.ts';
export type { LocalRedis } from './local-redis.ts';
