/**
 * The real `WhatsAppClientPort`: a whatsapp-web.js `Client` driving the system's Chromium (no
 * browser is downloaded at install). The session is kept by `LocalAuth` under the data folder
 * in the embedded mode; production is meant to use `RemoteAuth` with a MongoDB store so a
 * redeployed container does not need a new QR scan.
 */
import type { EventEmitter } from 'node:events';
import path from 'node:path';
import type WAWebJS from 'whatsapp-web.js';
import type { WhatsAppClientFactory, WhatsAppClientPort } from './client-port.ts';
import { WhatsAppSetupError } from './errors.ts';
import { loadWhatsAppWeb, type WhatsAppWebLibrary } from './load-library.ts';

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

/**
 * Checks the settings now (so a misconfigured production server refuses to start) and returns
 * a factory that builds a fresh client for every (re)connection.
 */
export function createWhatsAppWebClientFactory(
  settings: WhatsAppWebSettings,
): WhatsAppClientFactory {
  localAuthPath(settings);
  return async () => {
    const library = await loadWhatsAppWeb();
    return wrapClient(new library.Client(buildClientOptions(library, settings)));
  };
}

export function buildClientOptions(
  library: WhatsAppWebLibrary,
  settings: WhatsAppWebSettings,
): WAWebJS.ClientOptions {
  return {
    authStrategy: new library.LocalAuth({ dataPath: localAuthPath(settings) }),
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

/** The LocalAuth session folder, or why the configured strategy cannot be built yet. */
function localAuthPath(settings: WhatsAppWebSettings): string {
  const auth = chooseWhatsAppAuth(settings);
  if (auth.kind === 'local') return auth.dataPath;
  // TODO(MongoDB issue): `new RemoteAuth({ store: new MongoStore({ mongoose }),
  // backupSyncIntervalMs: 300_000, dataPath })` after `mongoose.connect(auth.mongodbUri)`.
  throw new WhatsAppSetupError(
    'remote-auth-unavailable',
    'WhatsApp RemoteAuth needs the packages wwebjs-mongo and mongoose, which are not installed ' +
      'yet (they arrive with MongoDB); use WHATSAPP_AUTH=local with a persistent DATA_DIR, ' +
      'or leave WHATSAPP_ENABLED off',
  );
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
