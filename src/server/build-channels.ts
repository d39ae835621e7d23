/**
 * Which channels run, from configuration: the web widget always; Telegram when a bot token is
 * set; WhatsApp only when explicitly enabled; Teams when an app id is set (or, in the embedded
 * mode, on loopback only).
 */
import {
  createBotFrameworkChannel,
  createTelegramChannel,
  createWebChannel,
  createWhatsAppChannel,
  createWhatsAppWebClientFactory,
  type ChannelAdapter,
  type ConversationReferenceStore,
  type PendingReplies,
  type StoredConversationReference,
  type WidgetSecret,
} from '../../channels/index.ts';
import type { Redis } from 'ioredis';
import type { Stores } from '../stores/index.ts';
import type { Config } from '../config/index.ts';

export interface ChannelDeps {
  readonly config: Config;
  readonly stores: Stores;
  /** Signing secrets for widget sessions, the first one active. */
  readonly widgetSecrets: readonly WidgetSecret[];
  /** Shared per-IP limits across instances in production; memory when absent. */
  readonly redis?: Redis;
  /**
   * false: no web widget channel (`sarathi worker` cannot reach widgets, whose pending replies
   * live in the server, and has no session secrets to build one with). Default true.
   */
  readonly web?: boolean;
  /** Nudges waiting for the widget (its pending route); none when absent. */
  readonly widgetPending?: PendingReplies;
}

export function buildChannels({
  config,
  stores,
  widgetSecrets,
  redis,
  web = true,
  widgetPending,
}: ChannelDeps): ChannelAdapter[] {
  const adapters: ChannelAdapter[] = [];
  if (web) {
    adapters.push(
      createWebChannel({
        secrets: [...widgetSecrets],
        // The embedded mode runs on this machine: any local page may embed the widget.
        allowedOrigins:
          config.mode === 'embedded'
            ? [...config.widget.allowedOrigins, 'http://localhost:*', 'http://127.0.0.1:*']
            : [...config.widget.allowedOrigins],
        ipRateLimitPerMinute: config.widgetIpRateLimitPerMinute,
        ...(redis === undefined ? {} : { redis }),
        ...(widgetPending === undefined ? {} : { pending: widgetPending }),
      }),
    );
  }
  const { appId, appPassword, appType, tenantId } = config.microsoft;
  // Without an app id the Bot Framework adapter runs anonymously, which would post replies to
  // any serviceUrl a caller names: allowed only in the embedded mode, and only on loopback.
  if (appId !== undefined || config.mode === 'embedded') {
    adapters.push(
      createBotFrameworkChannel({
        ...(appId === undefined ? {} : { appId }),
        ...(appPassword === undefined ? {} : { appPassword }),
        ...(tenantId === undefined ? {} : { tenantId }),
        appType,
        loopbackOnly: appId === undefined,
        references: conversationReferences(stores),
      }),
    );
  }
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
        ...(config.telegram.apiRoot === undefined ? {} : { apiRoot: config.telegram.apiRoot }),
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

/** Bot Framework conversation references, kept durably for proactive sends (nudges). */
function conversationReferences(stores: Stores): ConversationReferenceStore {
  return {
    save: (key, reference) =>
      stores.channelState.put('botframework', key, JSON.stringify(reference), new Date()),
    get: async (key) => {
      const json = await stores.channelState.get('botframework', key);
      return json === undefined ? undefined : (JSON.parse(json) as StoredConversationReference);
    },
  };
}
