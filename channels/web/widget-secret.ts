/**
 * The keys that sign widget session tokens. Production passes them in configuration
 * (`WIDGET_SESSION_SECRET`, rotatable as a list); the embedded mode generates one on first start
 * and keeps it in a 0600 file outside the data folder, so a copy of the data carries no key.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface WidgetSecret {
  /** Short id written into each token so the right key verifies it after a rotation. */
  readonly id: string;
  readonly secret: string;
}

export class WidgetSecretError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'WidgetSecretError';
  }
}

/** 32 characters is about 190 bits of base64url; anything shorter is too easy to guess. */
export const MIN_SECRET_LENGTH = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
/** The id of a secret generated for the embedded mode. */
export const LOCAL_SECRET_ID = 'local';

/**
 * Reads `file`, or creates it with a random secret (mode 0600, parent folder 0700). A file left
 * readable by others is tightened to 0600 rather than trusted as it is.
 */
export async function loadOrCreateWidgetSecret(file: string): Promise<WidgetSecret> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const generated = randomBytes(32).toString('base64url');
  try {
    // 'wx' fails when the file exists, so two processes starting at once keep one secret.
    await writeFile(file, `${generated}\n`, { mode: 0o600, flag: 'wx' });
    return { id: LOCAL_SECRET_ID, secret: generated };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new WidgetSecretError(`cannot create the widget session secret ${file}`, {
        cause: error,
      });
    }
  }
  let secret: string;
  try {
    await chmod(file, 0o600);
    secret = (await readFile(file, 'utf8')).trim();
  } catch (error) {
    throw new WidgetSecretError(`cannot read the widget session secret ${file}`, { cause: error });
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new WidgetSecretError(
      `the widget session secret in ${file} is shorter than ${MIN_SECRET_LENGTH} characters`,
    );
  }
  return { id: LOCAL_SECRET_ID, secret };
}

/**
 * Parses `WIDGET_SESSION_SECRET`: either one secret, or a rotation list `id:secret,id:secret`
 * whose first entry signs new tokens. Errors name the entry, never its value.
 */
export function parseWidgetSecrets(value: string): WidgetSecret[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) throw new WidgetSecretError('no widget session secret given');
  const secrets = entries.map((entry, index): WidgetSecret => {
    const colon = entry.indexOf(':');
    const id = colon === -1 ? (entries.length === 1 ? 'k1' : '') : entry.slice(0, colon);
    const secret = colon === -1 ? entry : entry.slice(colon + 1);
    if (!KEY_ID.test(id)) {
      throw new WidgetSecretError(
        `widget session secret entry ${index + 1}: a list needs id:secret entries (id: letters, digits, _ or -)`,
      );
    }
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new WidgetSecretError(
        `widget session secret entry ${index + 1} (${id}) is shorter than ${MIN_SECRET_LENGTH} characters`,
      );
    }
    return { id, secret };
  });
  if (new Set(secrets.map((entry) => entry.id)).size !== secrets.length) {
    throw new WidgetSecretError('widget session secret ids must be unique');
  }
  return secrets;
}
