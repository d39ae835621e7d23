/**
 * Which channels run, from configuration: the web widget always; Telegram when a bot token is
 * set; WhatsApp only when explicitly enabled; Teams when an app id is set (or, in the embedded
 * mode, on loopback only).
 */
import {
  createTelegramChannel,
  createWhatsAppChannel,
  createWhatsAppWebClientFactory,
  type ChannelAdapter,
} from '../../channels/index.ts';
import type { Config } from '../config/index.ts';

export interface ChannelDeps {
  readonly config: Config;
}

export function buildChannels({ config }: ChannelDeps): ChannelAdapter[] {
  const adapters: ChannelAdapter[] = [];
  if (config.telegram.botToken !== undefined) {
    adapters.push(
      createTelegramChannel({
        token: config.telegram.botToken,
        ...(config.telegram.webhookUrl === undefined
          ? {}
          : { webhookUrl: config.telegram.webhookUrl }),
        ...(config.telegram.webhookSecret === undefined
          ? {}
          : { webhookSecret: config.telegram.webhookSecret }),
      }),
    );
  }
  if (config.whatsappEnabled) {
    adapters.push(
      createWhatsAppChannel({
        createClient: createWhatsAppWebClientFactory({
          mode: config.mode,
          dataDir: config.dataDir,
          ...(config.mongodbUri === undefined ? {} : { mongodbUri: config.mongodbUri }),
          ...(config.whatsapp.auth === undefined ? {} : { authStrategy: config.whatsapp.auth }),
          ...(config.whatsapp.executablePath === undefined
            ? {}
            : { executablePath: config.whatsapp.executablePath }),
        }),
        paused: config.whatsapp.paused,
        governor: {
          perChatIntervalMs: config.whatsapp.chatIntervalMs,
          globalMax: config.whatsapp.globalPerMinute,
          globalWindowMs: 60_000,
        },
      }),
    );
  }
  return adapters;
}
