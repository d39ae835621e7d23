import path from 'node:path';
import wwebjs from 'whatsapp-web.js';
import {
  buildClientOptions,
  chooseWhatsAppAuth,
  createWhatsAppWebClientFactory,
  DEFAULT_CHROMIUM,
  printQrToTerminal,
  REMOTE_SESSION_BACKUP_MS,
  WhatsAppSetupError,
  type RemoteAuthStore,
} from '../../../channels/whatsapp/index.ts';

const dataDir = '/srv/sarathi/.data';

describe('the whatsapp-web.js client', () => {
  it('keeps the session on disk with LocalAuth in the embedded mode', () => {
    expect(chooseWhatsAppAuth({ mode: 'embedded', dataDir })).toEqual({
      kind: 'local',
      dataPath: path.join(dataDir, 'whatsapp-auth'),
    });
  });

  it('chooses RemoteAuth in production and says it needs MongoDB', () => {
    let refusal: unknown;
    try {
      chooseWhatsAppAuth({ mode: 'production', dataDir });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(WhatsAppSetupError);
    expect(refusal).toMatchObject({ code: 'remote-auth-needs-mongodb' });
    expect(
      chooseWhatsAppAuth({ mode: 'production', dataDir, mongodbUri: 'mongodb://db/sarathi' }),
    ).toMatchObject({ kind: 'remote', mongodbUri: 'mongodb://db/sarathi' });
  });

  it('keeps the session in MongoDB with RemoteAuth in production, backed up every 5 minutes', () => {
    const store: RemoteAuthStore = {
      sessionExists: () => Promise.resolve(false),
      save: () => Promise.resolve(),
      extract: () => Promise.resolve(),
      delete: () => Promise.resolve(),
    };
    const settings = { mode: 'production', dataDir, mongodbUri: 'mongodb://db/sarathi' } as const;
    const options = buildClientOptions(wwebjs, settings, store);
    expect(options.authStrategy).toBeInstanceOf(wwebjs.RemoteAuth);
    expect(options.authStrategy).toMatchObject({
      store,
      dataPath: path.join(dataDir, 'whatsapp-auth'),
      backupSyncIntervalMs: REMOTE_SESSION_BACKUP_MS,
    });
    expect(REMOTE_SESSION_BACKUP_MS).toBe(300_000);
    // Without its store, RemoteAuth cannot be built (the factory connects and passes one).
    expect(() => buildClientOptions(wwebjs, settings)).toThrow(/session store/u);
  });

  it('connects to MongoDB only when a RemoteAuth client is built, and says why it cannot', async () => {
    const createClient = createWhatsAppWebClientFactory({
      mode: 'production',
      dataDir,
      // Nothing listens on port 9: the connection is refused, quickly and by name.
      mongodbUri: 'mongodb://127.0.0.1:9/sarathi?serverSelectionTimeoutMS=300',
    });
    await expect(createClient()).rejects.toThrow(/ECONNREFUSED|Server selection/u);
    await expect(createClient.close()).resolves.toBeUndefined();
  });

  it('lets production keep a local session when asked to', () => {
    expect(chooseWhatsAppAuth({ mode: 'production', dataDir, authStrategy: 'local' }).kind).toBe(
      'local',
    );
  });

  it("drives the system's Chromium headless, sandbox off, with the session under the data folder", () => {
    const settings = { mode: 'embedded', dataDir } as const;
    const options = buildClientOptions(wwebjs, settings);
    expect(options.puppeteer).toEqual({
      executablePath: DEFAULT_CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    });
    expect(options.authStrategy).toBeInstanceOf(wwebjs.LocalAuth);
    expect(options.authStrategy).toMatchObject({ dataPath: path.join(dataDir, 'whatsapp-auth') });
    expect(options.webVersionCache).toEqual({
      type: 'local',
      path: path.join(dataDir, 'whatsapp-cache'),
    });
    const custom = buildClientOptions(wwebjs, {
      ...settings,
      executablePath: '/opt/chrome/chrome',
    });
    expect(custom.puppeteer?.executablePath).toBe('/opt/chrome/chrome');
  });

  it('builds a client without launching a browser (only initialize does)', async () => {
    const createClient = createWhatsAppWebClientFactory({ mode: 'embedded', dataDir });
    const client = await createClient();
    expect(typeof client.initialize).toBe('function');
    expect(typeof client.sendMessage).toBe('function');
    // Destroying a client that never started touches no browser.
    await expect(client.destroy()).resolves.toBeUndefined();
  });

  it('draws the login QR code for the terminal with a line saying what to do', () => {
    let written = '';
    printQrToTerminal('2@abc,def,ghi', (text) => {
      written += text;
    });
    expect(written).toContain('Linked devices');
    expect(written).toMatch(/[▀▄█]/u);
    expect(written).not.toContain('2@abc');
  });
});
