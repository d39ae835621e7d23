/**
 * A nudge waiting for this visitor: the widget has no push, so it asks once when it loads with a
 * stored session (a returning visitor; a new one has nothing waiting). Quiet on failure: the
 * server puts back what it could not hand over, and the next message's answer carries it too.
 */
import type { WidgetPart } from '../protocol.ts';
import type { Session } from './session.ts';

export async function fetchPending(
  apiBase: string,
  session: Session,
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): Promise<WidgetPart[]> {
  try {
    const response = await fetchFn(`${apiBase}/api/widget/pending`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await session.token()}` },
    });
    if (!response.ok) return [];
    const body = (await response.json()) as { parts?: unknown };
    if (!Array.isArray(body.parts)) return [];
    return (body.parts as unknown[]).filter(
      (part): part is WidgetPart =>
        typeof part === 'object' &&
        part !== null &&
        'type' in part &&
        typeof part.type === 'string',
    );
  } catch {
    return [];
  }
}
