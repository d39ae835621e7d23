/**
 * The Telegram channel on grammY. Webhook mode (a public URL is configured): Telegram POSTs
 * updates to `/telegram/webhook`, checked against the secret-token header. Long-polling mode
 * (no public URL, local development): `start()` polls in the background.
 *
 * Every update runs inside grammY's `errorBoundary`: a failure is logged (ids and codes only)
 * and Telegram still gets its 200, so one bad update is never redelivered forever. Redelivered
 * updates (same `update_id`) are answered once: the engine deduplicates on `dedupeKey`.
 *
 * Retries are split in two layers:
 * - `@grammyjs/auto-retry`, inside each Bot API call, waits out short 429s (up to
 *   `autoRetryMaxDelaySeconds`, at most `autoRetryAttempts` times) so a burst barely shows;
 * - everything else (a longer 429, 5xx, network failures) is thrown as `ChannelSendError` to the
 *   shared `deliver`, which honours `retryAfterMs`, backs off, gives up at its own ceiling and
 *   records permanent failures. auto-retry is told to rethrow 5xx and network errors, which it
 *   would otherwise retry without limit.
 * A reply that spans several messages resumes after the last one Telegram accepted, so a retry
 * never repeats a message the person already has.
 */
import { randomBytes } from 'node:crypto';
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, InputFile, webhookCallback, type Context } from 'grammy';
import type { InlineKeyboardMarkup, UserFromGetMe } from 'grammy/types';
import type { Express, RequestHandler } from 'express';
import type { Reply } from '../../src/messages/index.ts';
import type { ChannelAdapter, ChannelContext, ChannelLog } from '../channel.ts';
import { normalizeUpdate } from './normalize.ts';
import { renderReply, type InlineKeyboard, type TelegramOutgoing } from './render.ts';
import { toChannelSendError } from './send-error.ts';
import { TelegramConfigError } from './telegram-config-error.ts';
import { COMMAND_MENU, TEXT_ONLY, wordingForLocale } from './wording.ts';

export const TELEGRAM_WEBHOOK_PATH = '/telegram/webhook';

/** Only what Sarathi answers; edits, reactions, joins and the rest are never sent to us. */
export const TELEGRAM_ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/** A multi-message reply resumes after a failure only within this window (one delivery's retries). */
const RESUME_WINDOW_MS = 10 * 60_000;

export interface TelegramChannelOptions {
  /** TELEGRAM_BOT_TOKEN. */
  readonly token: string;
  /**
   * TELEGRAM_WEBHOOK_URL: the public HTTPS URL Telegram posts to. Set → webhook mode; unset →
   * long polling. A bare origin (no path) gets `/telegram/webhook` appended; any other path is
   * kept as given (a reverse proxy may map it to ours).
   */
  readonly webhookUrl?: string | undefined;
  /**
   * TELEGRAM_WEBHOOK_SECRET (1–256 of `A-Z a-z 0-9 _ -`). When absent in webhook mode, a random
   * one is made per process and registered at start: fine for one instance, not for several.
   */
  readonly webhookSecret?: string | undefined;
  /** The bot's `getMe`; given, no `getMe` call is made (tests, faster start). */
  readonly botInfo?: UserFromGetMe | undefined;
  /** A Bot API server other than https://api.telegram.org (a local Bot API server). */
  readonly apiRoot?: string | undefined;
  /** Longest 429 wait handled inside one API call; longer ones go to `deliver`. Default 5. */
  readonly autoRetryMaxDelaySeconds?: number;
  /** How many 429s one API call waits out before handing the failure to `deliver`. Default 2. */
  readonly autoRetryAttempts?: number;
  /**
   * Telegram gets its 200 after this long even if the turn is still running (the turn goes on;
   * a redelivery would be deduplicated anyway). Default 10 000.
   */
  readonly webhookTimeoutMs?: number;
  readonly now?: () => Date;
}

export interface TelegramChannel extends ChannelAdapter {
  readonly mode: 'webhook' | 'polling';
}

const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/u;

export function createTelegramChannel(options: TelegramChannelOptions): TelegramChannel {
  const mode = options.webhookUrl === undefined ? 'polling' : 'webhook';
  if (options.webhookSecret !== undefined && !SECRET_TOKEN.test(options.webhookSecret)) {
    throw new TelegramConfigError(
      'TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -',
    );
  }
  const webhookUrl =
    options.webhookUrl === undefined ? undefined : webhookEndpoint(options.webhookUrl);
  const secret = options.webhookSecret ?? randomBytes(32).toString('base64url');
  const now = options.now ?? (() => new Date());

  const bot = new Bot(options.token, {
    ...(options.botInfo === undefined ? {} : { botInfo: options.botInfo }),
    ...(options.apiRoot === undefined ? {} : { client: { apiRoot: options.apiRoot } }),
  });
  bot.api.config.use(
    autoRetry({
      maxDelaySeconds: options.autoRetryMaxDelaySeconds ?? 5,
      maxRetryAttempts: options.autoRetryAttempts ?? 2,
      rethrowInternalServerErrors: true,
      rethrowHttpErrors: true,
    }),
  );

  let context: ChannelContext | undefined;
  let polling: Promise<void> | undefined;
  let closing: Promise<void> | undefined;
  const inFlight = new Set<Promise<void>>();
  const progress = new WeakMap<Reply, Map<string, { sent: number; at: number }>>();

  const log = (): ChannelLog | undefined => context?.logger;

  async function handle(ctx: Context): Promise<void> {
    const current = context;
    if (current === undefined) throw new Error('telegram channel received an update before start');
    const updateId = ctx.update.update_id;
    const normalized = normalizeUpdate(ctx.update, now());
    switch (normalized.kind) {
      case 'ignored':
        return;
      case 'unsupported':
        // Not through the engine: there are no words to read; the note is all we can say.
        current.logger.info({ updateId, kind: normalized.what }, 'telegram message without text');
        await current.deliver(adapter, normalized.address, {
          parts: [{ type: 'text', text: TEXT_ONLY[wordingForLocale(normalized.locale)] }],
        });
        return;
      case 'message': {
        if (normalized.callbackQueryId !== undefined) {
          // Stops the button's spinner; an expired query must not cost the person their answer.
          await ctx.answerCallbackQuery().catch((error: unknown) => {
            current.logger.warn({ updateId, ...describe(error) }, 'telegram callback not answered');
          });
        }
        const reply = await current.onMessage(normalized.message);
        if (reply.meta.duplicate === true || reply.parts.length === 0) return;
        await current.deliver(adapter, normalized.message.address, reply);
        return;
      }
    }
  }

  bot
    .errorBoundary((error) => {
      log()?.error(
        { updateId: error.ctx.update.update_id, ...describe(error.error) },
        'telegram update failed; acknowledged so Telegram does not redeliver it',
      );
    })
    .use(async (ctx) => {
      const task = handle(ctx);
      inFlight.add(task);
      try {
        await task;
      } finally {
        inFlight.delete(task);
      }
    });

  // Only reached if the boundary's own handler fails; without it grammY would stop polling.
  bot.catch((error) => {
    log()?.error(
      { updateId: error.ctx.update.update_id, ...describe(error.error) },
      'telegram update failed',
    );
  });

  async function sendOne(chatId: number | string, item: TelegramOutgoing): Promise<void> {
    const markup = item.keyboard === undefined ? {} : { reply_markup: toMarkup(item.keyboard) };
    if (item.kind === 'text') {
      await bot.api.sendMessage(chatId, item.html, {
        parse_mode: 'HTML',
        // A preview card of a linked site would push the words (or helpline numbers) up.
        link_preview_options: { is_disabled: true },
        ...markup,
      });
    } else {
      await bot.api.sendDocument(chatId, new InputFile(item.bytes, item.name), markup);
    }
  }

  async function send(address: string, reply: Reply): Promise<void> {
    const items = renderReply(reply);
    const byAddress = progress.get(reply);
    const earlier = byAddress?.get(address);
    const first =
      earlier !== undefined && now().getTime() - earlier.at < RESUME_WINDOW_MS ? earlier.sent : 0;
    const chatId = toChatId(address);
    for (let index = first; index < items.length; index++) {
      const item = items[index];
      if (item === undefined) continue;
      try {
        await sendOne(chatId, item);
      } catch (error) {
        const map = byAddress ?? new Map<string, { sent: number; at: number }>();
        map.set(address, { sent: index, at: now().getTime() });
        progress.set(reply, map);
        throw toChannelSendError(error);
      }
    }
    byAddress?.delete(address);
  }

  async function registerCommands(logger: ChannelLog): Promise<void> {
    try {
      await bot.api.setMyCommands([...COMMAND_MENU.en]);
      await bot.api.setMyCommands([...COMMAND_MENU.hi], { language_code: 'hi' });
    } catch (error) {
      // The menu is a convenience; typed commands work without it.
      logger.warn(describe(error), 'telegram command menu not set');
    }
  }

  async function start(given: ChannelContext): Promise<void> {
    context = given;
    const logger = given.logger;
    await registerCommands(logger);
    if (webhookUrl === undefined) {
      // Never awaited: it resolves only when polling stops. A failure (a wrong token, another
      // poller) is logged; the rest of the server keeps running.
      polling = bot
        .start({
          allowed_updates: [...TELEGRAM_ALLOWED_UPDATES],
          onStart: () => logger.info({ mode: 'polling' }, 'telegram channel polling'),
        })
        .catch((error: unknown) => {
          // Closing while polling was still starting cancels its requests: not a failure.
          if (closing === undefined) logger.error(describe(error), 'telegram long polling stopped');
        });
      return;
    }
    if (options.webhookSecret === undefined) {
      logger.warn(
        {},
        'TELEGRAM_WEBHOOK_SECRET is not set: using a per-process secret (run one instance only)',
      );
    }
    try {
      await bot.api.setWebhook(webhookUrl, {
        secret_token: secret,
        allowed_updates: [...TELEGRAM_ALLOWED_UPDATES],
      });
      logger.info({ mode: 'webhook' }, 'telegram webhook registered');
    } catch (error) {
      // Degrade, don't fail: the widget and other channels keep working; the log says why.
      logger.error(describe(error), 'telegram webhook not registered');
    }
  }

  const adapter: TelegramChannel = {
    name: 'telegram',
    mode,
    start,
    send,
    close: () =>
      (closing ??= (async () => {
        if (bot.isRunning()) {
          await bot.stop().catch((error: unknown) => {
            log()?.warn(describe(error), 'telegram polling did not stop cleanly');
          });
        }
        await polling;
        await Promise.allSettled([...inFlight]);
      })()),
    ...(mode === 'webhook'
      ? {
          mount: (app: Express) => {
            const callback = webhookCallback(bot, 'express', {
              secretToken: secret,
              onTimeout: 'return',
              timeoutMilliseconds: options.webhookTimeoutMs ?? 10_000,
            }) as RequestHandler;
            // Before start() there is no engine to hand updates to: a 503 makes Telegram
            // deliver them again later instead of losing them behind a 200.
            const ready: RequestHandler = (_req, res, next) => {
              if (context === undefined) res.sendStatus(503);
              else next();
            };
            app.post(TELEGRAM_WEBHOOK_PATH, ready, callback);
          },
        }
      : {}),
  };
  return adapter;
}

/** The URL registered with `setWebhook`. */
export function webhookEndpoint(webhookUrl: string): string {
  const url = new URL(webhookUrl);
  if (url.pathname === '/' || url.pathname === '') url.pathname = TELEGRAM_WEBHOOK_PATH;
  return url.toString();
}

function toChatId(address: string): number | string {
  const numeric = Number(address);
  return /^-?\d+$/u.test(address) && Number.isSafeInteger(numeric) ? numeric : address;
}

function toMarkup(keyboard: InlineKeyboard): InlineKeyboardMarkup {
  return {
    inline_keyboard: keyboard.inline_keyboard.map((row) =>
      row.map((button) => ({ text: button.text, callback_data: button.callback_data })),
    ),
  };
}

/** Log fields for a failure: its kind and Telegram's code, never the payload it carried. */
function describe(error: unknown): { error: string; code?: number | string } {
  if (error instanceof Error) {
    const { error_code: code } = error as { error_code?: unknown };
    const channelReason = (error as { reason?: unknown }).reason;
    if (typeof code === 'number') return { error: error.name, code };
    if (typeof channelReason === 'string') return { error: error.name, code: channelReason };
    return { error: error.name };
  }
  return { error: typeof error };
}
