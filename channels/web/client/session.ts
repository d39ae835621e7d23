/**
 * The anonymous widget session: a signed token from `POST /api/widget/session`, kept in the
 * visitor's storage so a reload continues the same conversation. It is renewed a few minutes
 * before it expires, and replaced when the server no longer accepts it (401).
 */
import type { SessionResponse } from '../protocol.ts';
import { failureFrom, HttpFailure } from './failures.ts';
import type { Store } from './store.ts';

/** Renew this long before expiry, so a message is never sent with a token about to lapse. */
export const RENEW_BEFORE_MS = 5 * 60_000;
const KEY = 'session';

export interface Session {
  /** A token the server should accept now (renewing or starting a session when needed). */
  token(): Promise<string>;
  /** After a 401: drop the stored token and start a new session. */
  replace(): Promise<string>;
  /** "Start over": the next message begins a new session. */
  forget(): void;
}

/** Whether this browser kept a session from an earlier visit. */
export function hasStoredSession(store: Store): boolean {
  return store.read<SessionResponse>(KEY) !== undefined;
}

export function createSession(
  apiBase: string,
  store: Store,
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): Session {
  let inFlight: Promise<string> | undefined;

  const request = async (body: { token?: string }): Promise<SessionResponse> => {
    const response = await fetchFn(`${apiBase}/api/widget/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw await failureFrom(response);
    const session = (await response.json()) as SessionResponse;
    if (typeof session.token !== 'string' || session.token === '') {
      throw new HttpFailure(response.status, 'unavailable');
    }
    store.write(KEY, session);
    return session;
  };

  const obtain = async (current: SessionResponse | undefined): Promise<string> => {
    if (current !== undefined) {
      try {
        return (await request({ token: current.token })).token;
      } catch (error) {
        // Too old to renew (or signed with a retired key): start afresh. Anything else (offline,
        // rate limited) is the caller's to handle.
        if (!(error instanceof HttpFailure) || error.status !== 401) throw error;
      }
    }
    return (await request({})).token;
  };

  const once = (work: () => Promise<string>): Promise<string> => {
    inFlight ??= work().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  return {
    token() {
      const current = store.read<SessionResponse>(KEY);
      if (current !== undefined && typeof current.token === 'string') {
        const expires = Date.parse(current.expiresAt);
        if (Number.isNaN(expires) || expires - Date.now() > RENEW_BEFORE_MS) {
          return Promise.resolve(current.token);
        }
      }
      return once(() => obtain(current));
    },
    replace() {
      store.remove(KEY);
      return once(() => obtain(undefined));
    },
    forget() {
      store.remove(KEY);
    },
  };
}
