/**
 * Microsoft Teams and every Azure Bot Service channel through botbuilder's `CloudAdapter`:
 * `POST /api/messages` in, replies and proactive sends out through the Bot Connector.
 *
 * The botbuilder SDK is archived upstream (its successor is the Microsoft 365 Agents SDK), so it
 * stays in this one file: `normalize`, `render` and the reference store speak plain protocol
 * JSON (protocol.ts), and a successor adapter would replace only what is below.
 *
 * Without an app id the SDK runs anonymously: it checks no token and posts replies to whatever
 * `serviceUrl` the caller names. That mode is allowed only with `loopbackOnly`, where both the
 * caller and every `serviceUrl` must be this machine.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { Express, Request, Response } from 'express';
import type { Reply } from '../../src/messages/index.ts';
import type { ChannelAdapter, ChannelContext } from '../channel.ts';
import { ChannelSendError } from '../errors.ts';
import {
  createMemoryConversationReferenceStore,
  toStoredReference,
  type ConversationReferenceStore,
  type StoredConversationReference,
} from './conversation-references.ts';
import { BotFrameworkSetupError } from './errors.ts';
import { isLoopbackRequest, isLoopbackServiceUrl } from './loopback.ts';
import { toInboundMessage } from './normalize.ts';
import type { IncomingActivity } from './protocol.ts';
import { renderReply } from './render.ts';
import { toChannelSendError } from './send-errors.ts';

export type BotFrameworkAppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface BotFrameworkChannelOptions {
  /** MICROSOFT_APP_ID. Without it the channel is anonymous and needs `loopbackOnly`. */
  readonly appId?: string | undefined;
  readonly appPassword?: string | undefined;
  /** MICROSOFT_APP_TYPE; MultiTenant by default, as in the SDK. */
  readonly appType?: BotFrameworkAppType | undefined;
  readonly tenantId?: string | undefined;
  /** Only this machine may call the endpoint, and replies go only to loopback `serviceUrl`s. */
  readonly loopbackOnly: boolean;
  /** Where conversation references live; in memory unless the server passes a durable one. */
  readonly references?: ConversationReferenceStore;
  readonly path?: string;
}

export interface BotFrameworkChannel extends ChannelAdapter {
  mount(app: Express): void;
}

export const BOTFRAMEWORK_PATH = '/api/messages';

const CHANNEL = 'botframework' as const;

export function createBotFrameworkChannel(
  options: BotFrameworkChannelOptions,
): BotFrameworkChannel {
  const auth = authenticationSettings(options);
  const botAppId = auth.MicrosoftAppId ?? '';
  const cloud = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(auth));
  const references = options.references ?? createMemoryConversationReferenceStore();
  const path = options.path ?? BOTFRAMEWORK_PATH;
  // How many of a reply's activities already reached an address, so a retry after a 429 in the
  // middle of a reply resumes where it stopped instead of repeating the first messages.
  const sentSoFar = new WeakMap<Reply, Map<string, number>>();
  const inFlight = new Set<Promise<unknown>>();
  let context: ChannelContext | undefined;
  let closing: Promise<void> | undefined;

  function track<T>(work: Promise<T>): Promise<T> {
    inFlight.add(work);
    const forget = () => inFlight.delete(work);
    void work.then(forget, forget);
    return work;
  }

  async function handleRequest(req: Request, res: Response): Promise<void> {
    const current = context;
    if (current === undefined || closing !== undefined) {
      res.status(503).json({ error: 'not accepting messages' });
      return;
    }
    if (options.loopbackOnly) {
      const refusal = loopbackRefusal(req);
      if (refusal !== undefined) {
        current.logger.warn({ channel: CHANNEL, reason: refusal }, 'botframework request refused');
        res.status(403).json({ error: 'forbidden' });
        return;
      }
    }
    await cloud.process(req, res, (turn) => runTurn(turn, current));
  }

  async function runTurn(turn: TurnContext, current: ChannelContext): Promise<void> {
    withoutSdkRetries(turn.turnState.get(cloud.ConnectorClientKey));
    const activity = turn.activity as IncomingActivity;
    const message = toInboundMessage(activity, new Date());
    if (message === undefined) return;
    const ids = { channel: CHANNEL, activityId: activity.id, activityType: activity.type };
    try {
      const reference = toStoredReference(activity);
      if (reference !== undefined) await references.save(message.address, reference);
      const reply = await current.onMessage(message);
      if (reply.meta.duplicate === true || reply.parts.length === 0) return;
      // Replies go through the shared delivery (retries, permanent-failure bookkeeping) but are
      // sent within this turn, as replies to the person's activity.
      const inTurn: ChannelAdapter = {
        ...adapter,
        send: (address, outgoing) => sendWithin(turn, address, outgoing),
      };
      const outcome = await current.deliver(inTurn, message.address, reply);
      if (isFailure(outcome)) {
        current.logger.warn({ ...ids, outcome }, 'botframework reply not delivered');
      }
    } catch (error) {
      current.logger.error({ ...ids, error: errorName(error) }, 'botframework turn failed');
      throw error;
    }
  }

  async function sendWithin(turn: TurnContext, address: string, reply: Reply): Promise<void> {
    if (options.loopbackOnly && !isLoopbackServiceUrl(turn.activity.serviceUrl)) {
      throw serviceUrlRefused();
    }
    const activities = renderReply(reply, { channelId: turn.activity.channelId });
    const progress = sentSoFar.get(reply) ?? new Map<string, number>();
    sentSoFar.set(reply, progress);
    for (let index = progress.get(address) ?? 0; index < activities.length; index++) {
      try {
        await turn.sendActivity(activities[index] as Partial<Activity>);
      } catch (error) {
        throw toChannelSendError(error);
      }
      progress.set(address, index + 1);
    }
    // Done: the same reply object sent again later is a new send, not a resumed one.
    progress.delete(address);
  }

  async function sendProactively(address: string, reply: Reply): Promise<void> {
    const reference = await references.get(address);
    if (reference === undefined) {
      throw new ChannelSendError(CHANNEL, 'botframework:no-reference', { permanent: true });
    }
    if (options.loopbackOnly && !isLoopbackServiceUrl(reference.serviceUrl)) {
      throw serviceUrlRefused();
    }
    try {
      await cloud.continueConversationAsync(botAppId, toSdkReference(reference), async (turn) => {
        withoutSdkRetries(turn.turnState.get(cloud.ConnectorClientKey));
        await sendWithin(turn, address, reply);
      });
    } catch (error) {
      throw toChannelSendError(error);
    }
  }

  const adapter: BotFrameworkChannel = {
    name: CHANNEL,
    start: (startContext) => {
      context = startContext;
      return Promise.resolve();
    },
    send: async (address, reply) => {
      if (reply.parts.length === 0) return;
      if (closing !== undefined) throw new ChannelSendError(CHANNEL, 'botframework:closed');
      await track(sendProactively(address, reply));
    },
    close: () =>
      (closing ??= (async () => {
        await Promise.allSettled([...inFlight]);
      })()),
    mount: (app) => {
      app.post(path, (req, res) => track(handleRequest(req, res)));
    },
  };
  return adapter;
}

function authenticationSettings(
  options: BotFrameworkChannelOptions,
): ConfigurationBotFrameworkAuthenticationOptions {
  const appId = options.appId?.trim() ?? '';
  if (appId === '') {
    if (!options.loopbackOnly) {
      throw new BotFrameworkSetupError(
        'MICROSOFT_APP_ID is not set: without it the Bot Framework endpoint checks no tokens, so it may only run on loopback',
      );
    }
    // The SDK's anonymous mode: no inbound token check, no outbound token.
    return {};
  }
  const appType = options.appType ?? 'MultiTenant';
  const missing = [
    appType !== 'UserAssignedMSI' && !filled(options.appPassword) ? 'MICROSOFT_APP_PASSWORD' : '',
    appType !== 'MultiTenant' && !filled(options.tenantId) ? 'MICROSOFT_APP_TENANT_ID' : '',
  ].filter((name) => name !== '');
  if (missing.length > 0) {
    throw new BotFrameworkSetupError(
      `MICROSOFT_APP_TYPE=${appType} needs ${missing.join(' and ')} as well as MICROSOFT_APP_ID`,
    );
  }
  return {
    MicrosoftAppId: appId,
    MicrosoftAppType: appType,
    ...(filled(options.appPassword) ? { MicrosoftAppPassword: options.appPassword } : {}),
    ...(filled(options.tenantId) ? { MicrosoftAppTenantId: options.tenantId } : {}),
  };
}

/** Why a request may not use the anonymous endpoint, or `undefined` when it may. */
function loopbackRefusal(req: Request): string | undefined {
  if (!isLoopbackRequest(req.socket.remoteAddress, req.headers)) return 'caller-not-loopback';
  const body: unknown = req.body;
  const serviceUrl =
    typeof body === 'object' && body !== null
      ? (body as { serviceUrl?: unknown }).serviceUrl
      : undefined;
  return isLoopbackServiceUrl(serviceUrl) ? undefined : 'service-url-not-loopback';
}

function serviceUrlRefused(): ChannelSendError {
  return new ChannelSendError(CHANNEL, 'botframework:service-url-not-loopback', {
    permanent: true,
  });
}

/**
 * The connector client's HTTP pipeline retries 429s (waiting out Retry-After, uncapped) and
 * 5xx answers three times on its own. Delivery already retries with caps and bookkeeping, so
 * the SDK's policy is removed from each turn's client: otherwise one reply could be posted up
 * to sixteen times and a long Retry-After would hold the inbound request open. `client` is
 * private in the SDK's types but stable in this archived release; if it ever moves, this is a
 * no-op and the 429 test fails.
 */
function withoutSdkRetries(connectorClient: unknown): void {
  const pipeline = property(property(connectorClient, 'client'), 'pipeline');
  const removePolicy = property(pipeline, 'removePolicy');
  if (typeof removePolicy === 'function') {
    (removePolicy as (filter: { name: string }) => unknown).call(pipeline, {
      name: 'defaultRetryPolicy',
    });
  }
}

/** The SDK's types insist on fields (conversation name, isGroup) the protocol leaves optional. */
function toSdkReference(reference: StoredConversationReference): Partial<ConversationReference> {
  return reference as unknown as Partial<ConversationReference>;
}

function isFailure(outcome: unknown): boolean {
  const status = property(outcome, 'status');
  return status !== undefined && status !== 'sent';
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function property(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function filled(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}
