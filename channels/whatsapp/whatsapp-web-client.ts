/**
 * The real `WhatsAppClientPort`: a whatsapp-web.js `Client` driving the system's Chromium (no
 * browser is downloaded at install). The session is kept by `LocalAuth` under the data folder
 * in the embedded mode; production uses `RemoteAuth` with the session in MongoDB
 * (mongo-session-store.ts) so a redeployed container does not need a new QR scan.
 */
import type { EventEmitter } from 'node:events';
import path from 'node:path';
import type { Connection } from 'mongoose';
import type WAWebJS from 'whatsapp-web.js';
import type { WhatsAppClientFactory, WhatsAppClientPort } from './client-port.ts';
import { WhatsAppSetupError } from './errors.ts';
import { loadWhatsAppWeb, type WhatsAppWebLibrary } from './load-library.ts';
import type { RemoteAuthStore } from './mongo-session-store.ts';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export interface WhatsAppWebSettings {
  readonly mode: 'embedded' | 'production';
  /** The app's data folder: the session lives in `whatsapp-auth/`, the page cache beside it. */
  readonly dataDir: string;
  /** Overrides the mode's choice: `local` keeps the session on disk, `remote` in MongoDB. */
  readonly authStrategy?: 'local' | 'remote';
  readonly mongodbUri?: string;
  /** PUPPETEER_EXECUTABLE_PATH; the Debian/Ubuntu `chromium` package's path by default. */
  readonly executablePath?: string;
  /** Tests and debugging only: show the browser window. */
  readonly headless?: boolean;
}

export type WhatsAppAuthChoice =
  | { readonly kind: 'local'; readonly dataPath: string }
  | { readonly kind: 'remote'; readonly dataPath: string; readonly mongodbUri: string };

export function chooseWhatsAppAuth(settings: WhatsAppWebSettings): WhatsAppAuthChoice {
  const dataPath = path.join(settings.dataDir, 'whatsapp-auth');
  const kind = settings.authStrategy ?? (settings.mode === 'production' ? 'remote' : 'local');
  if (kind === 'local') return { kind, dataPath };
  if (settings.mongodbUri === undefined || settings.mongodbUri === '') {
    throw new WhatsAppSetupError(
      'remote-auth-needs-mongodb',
      'WhatsApp RemoteAuth keeps the session in MongoDB: set MONGODB_URI (or use LocalAuth)',
    );
  }
  return { kind, dataPath, mongodbUri: settings.mongodbUri };
}

/** How often RemoteAuth backs the session up to MongoDB (its minimum is one minute). */
export const REMOTE_SESSION_BACKUP_MS = 5 * 60_000;

/**
 * Checks the settings now (so a misconfigured production server refuses to start) and returns
 * a factory that builds a fresh client for every (re)connection. With RemoteAuth the factory
 * opens one MongoDB connection on first use, kept across reconnections; `close` ends it.
 */
export function createWhatsAppWebClientFactory(
  settings: WhatsAppWebSettings,
): WhatsAppClientFactory & { close(): Promise<void> } {
  const auth = chooseWhatsAppAuth(settings);
  let connecting: Promise<Connection> | undefined;
  const sessionStore = async (): Promise<RemoteAuthStore | undefined> => {
    if (auth.kind !== 'remote') return undefined;
    // Loaded on first use, like the WhatsApp library: most processes never need them.
    const [{ default: mongoose }, { createMongoSessionStore }] = await Promise.all([
      import('mongoose'),
      import('./mongo-session-store.ts'),
    ]);
    connecting ??= mongoose
      // Ten seconds to find the server, unless the URI says otherwise.
      .createConnection(
        auth.mongodbUri,
        /serverSelectionTimeoutMS=/iu.test(auth.mongodbUri)
          ? {}
          : { serverSelectionTimeoutMS: 10_000 },
      )
      .asPromise();
    return createMongoSessionStore(await connecting, auth.dataPath);
  };
  const factory = async () => {
    const library = await loadWhatsAppWeb();
    const store = await sessionStore();
    return wrapClient(new library.Client(buildClientOptions(library, settings, store)));
  };
  return Object.assign(factory, {
    async close() {
      const connection = await connecting?.catch(() => undefined);
      await connection?.close();
    },
  });
}

export function buildClientOptions(
  library: WhatsAppWebLibrary,
  settings: WhatsAppWebSettings,
  remoteStore?: RemoteAuthStore,
): WAWebJS.ClientOptions {
  const auth = chooseWhatsAppAuth(settings);
  if (auth.kind === 'remote' && remoteStore === undefined) {
    throw new TypeError('RemoteAuth needs its session store');
  }
  return {
    authStrategy:
      auth.kind === 'local'
        ? new library.LocalAuth({ dataPath: auth.dataPath })
        : new library.RemoteAuth({
            store: remoteStore!,
            dataPath: auth.dataPath,
            backupSyncIntervalMs: REMOTE_SESSION_BACKUP_MS,
          }),
    puppeteer: {
      executablePath: settings.executablePath ?? DEFAULT_CHROMIUM,
      headless: settings.headless ?? true,
      // --no-sandbox: containers run as root; --disable-dev-shm-usage: their /dev/shm is tiny.
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    },
    // The library's default cache folder is relative to the working directory.
    webVersionCache: { type: 'local', path: path.join(settings.dataDir, 'whatsapp-cache') },
  };
}

function wrapClient(client: WAWebJS.Client): WhatsAppClientPort {
  // The typed overloads of `Client.on` cannot take a generic event name; the emitter can.
  const emitter: EventEmitter = client;
  return {
    on: (event, handler) => emitter.on(event, handler),
    initialize: () => client.initialize(),
    sendMessage: (chatId, content, options) => client.sendMessage(chatId, content, options),
    destroy: () => client.destroy(),
    getState: () => client.getState(),
  };
}
