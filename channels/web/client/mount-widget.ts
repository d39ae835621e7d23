/**
 * The widget's behaviour: open/close with focus management, the transcript kept across reloads,
 * an outbox that sends one message at a time and retries a failed one with the SAME id (the
 * server replays rather than answering twice), and gentle states for waiting and for trouble.
 */
import type { WidgetPart } from '../protocol.ts';
import { append, clear, el, srOnly } from './dom.ts';
import { HttpFailure } from './failures.ts';
import { buildPanel } from './panel.ts';
import { langOf, renderPart, type Choice, type RenderContext } from './render.ts';
import { fetchPending } from './pending.ts';
import { sendMessage } from './send-message.ts';
import { createSession, hasStoredSession } from './session.ts';
import { createStore, type Store } from './store.ts';
import { bounded, validEntries, validOutbox, type Entry, type Outgoing } from './transcript.ts';
import { ERROR_WORDS, WORDS } from './words.ts';

export interface WidgetSettings {
  /** Origin (and optional path prefix) of the Sarathi server, without a trailing slash. */
  readonly apiBase: string;
  readonly title: string;
  readonly position: 'left' | 'right';
  readonly startOpen: boolean;
  readonly launcherText: string;
}

export interface WidgetHandle {
  readonly host: HTMLElement;
  open(): void;
  close(): void;
}

/** A message still unanswered after a reload is resent by itself only within this window. */
export const RESUME_WINDOW_MS = 10 * 60_000;
export const MAX_MESSAGE_LENGTH = 2000;
/** Waits between automatic retries after a network failure; then the person decides. */
const OFFLINE_BACKOFF_MS = [2_000, 4_000, 8_000, 16_000, 30_000];
const UNAVAILABLE_BACKOFF_MS = [5_000, 15_000];
const RATE_LIMIT_DEFAULT_MS = 30_000;

export function mountWidget(settings: WidgetSettings, store?: Store): WidgetHandle {
  const storage = store ?? createStore(settings.apiBase);
  const session = createSession(settings.apiBase, storage);
  const panel = buildPanel({
    title: settings.title,
    position: settings.position,
    launcherText: settings.launcherText,
    maxLength: MAX_MESSAGE_LENGTH,
  });
  const context = {
    apiBase: settings.apiBase,
    session,
    timeZone: safely(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
    locale: safely(() => navigator.language),
  };

  let entries = validEntries(storage.read('transcript'));
  let outbox = validOutbox(storage.read('outbox'));
  let busy = false;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  // Bumped by "start over", so a reply still arriving for the old conversation is dropped.
  let generation = 0;

  const save = () => {
    entries = bounded(entries);
    storage.write('transcript', entries);
    storage.write('outbox', outbox);
  };

  // Messages left unanswered by a reload: recent ones resume with their id; older ones wait for
  // the person to choose to send them again, rather than arriving out of the blue.
  const now = Date.now();
  const stale = new Set(outbox.filter((m) => now - m.queuedAt > RESUME_WINDOW_MS).map((m) => m.id));
  if (stale.size > 0) {
    outbox = outbox.filter((m) => !stale.has(m.id));
    entries = entries.map((e) =>
      e.kind === 'user' && stale.has(e.id) ? { ...e, unsent: true } : e,
    );
    save();
  }

  const renderContext = (chipsLive: boolean): RenderContext => ({
    apiBase: settings.apiBase,
    chipsLive,
    onChoice: (choice: Choice) => {
      submit(choice.label, choice.payload);
      // The chips are gone once used; keep the keyboard user in the conversation.
      panel.input.focus();
    },
  });

  const userNode = (entry: Extract<Entry, { kind: 'user' }>): HTMLElement => {
    const node = el('div', { class: 'msg user' }, [
      srOnly(WORDS.you),
      el('p', { lang: langOf(entry.text) }, [entry.text]),
    ]);
    if (entry.unsent === true) {
      const again = el('button', { type: 'button' }, [WORDS.sendAgain]);
      again.addEventListener('click', () => {
        entries = entries.filter((e) => e !== entry);
        node.remove();
        submit(entry.text);
        panel.input.focus();
      });
      append(node, [el('div', { class: 'unsent' }, [WORDS.notSent, again])]);
    }
    return node;
  };

  const botNode = (): HTMLElement => el('div', { class: 'msg bot' }, [srOnly(WORDS.sarathi)]);

  const renderAll = () => {
    clear(panel.log);
    if (entries.length === 0) {
      panel.log.appendChild(
        el('div', { class: 'msg bot welcome' }, [
          el('p', { class: 'text' }, [WORDS.welcome]),
          el('p', { class: 'text' }, [WORDS.notTherapist]),
        ]),
      );
    }
    entries.forEach((entry, index) => {
      if (entry.kind === 'user') {
        panel.log.appendChild(userNode(entry));
        return;
      }
      const live = index === entries.length - 1 && outbox.length === 0;
      const node = botNode();
      for (const part of entry.parts) append(node, [renderPart(part, renderContext(live))]);
      panel.log.appendChild(node);
    });
    scrollToEnd();
  };

  const scrollToEnd = () => {
    panel.log.scrollTop = panel.log.scrollHeight;
  };

  /**
   * Keeps the start of a long reply in view, with the words it answers just above, so it is read
   * from its first line rather than from its end.
   */
  const scrollToStart = (node: Element | undefined) => {
    const anchor = node?.previousElementSibling ?? node;
    if (anchor === null || anchor === undefined) return scrollToEnd();
    const offset = anchor.getBoundingClientRect().top - panel.log.getBoundingClientRect().top;
    panel.log.scrollTop += offset - 12;
  };

  const setStatus = (children: Array<Node | string>) => {
    clear(panel.status);
    append(panel.status, children);
  };

  const typing = () =>
    setStatus([
      el('div', { class: 'typing' }, [
        el('span', { class: 'dots', 'aria-hidden': 'true' }, [el('i'), el('i'), el('i')]),
        WORDS.typing,
      ]),
    ]);

  const notice = (text: string, retry: boolean) => {
    const children: Array<Node | string> = [el('span', {}, [text])];
    if (retry) {
      const button = el('button', { type: 'button' }, [WORDS.tryAgain]);
      button.addEventListener('click', () => {
        failures = 0;
        retryNow();
        panel.input.focus();
      });
      children.push(button);
    }
    setStatus([el('div', { class: 'notice' }, children)]);
  };

  const schedule = (waitMs: number | undefined) => {
    clearTimeout(retryTimer);
    retryTimer = waitMs === undefined ? undefined : setTimeout(retryNow, waitMs);
  };

  const retryNow = () => {
    schedule(undefined);
    void pump();
  };

  const submit = (text: string, action?: string) => {
    const trimmed = text.trim();
    if (trimmed === '' && action === undefined) return;
    const message: Outgoing = {
      id: newId(),
      text: trimmed,
      ...(action === undefined ? {} : { action }),
      queuedAt: Date.now(),
    };
    entries.push({ kind: 'user', id: message.id, text: trimmed });
    outbox.push(message);
    save();
    for (const chips of panel.log.querySelectorAll('.chips')) chips.remove();
    panel.log.appendChild(userNode({ kind: 'user', id: message.id, text: trimmed }));
    scrollToEnd();
    failures = 0;
    retryNow();
  };

  const pump = async () => {
    if (busy) return;
    busy = true;
    try {
      while (outbox.length > 0) {
        const message = outbox[0] as Outgoing;
        const mine = generation;
        typing();
        const node = botNode();
        const parts: WidgetPart[] = [];
        let draft: { text: string; node: HTMLElement } | undefined;
        const show = (part: WidgetPart) => {
          const rendered = renderPart(part, renderContext(outbox.length === 1));
          if (rendered === undefined) return;
          if (!node.isConnected) panel.log.appendChild(node);
          node.appendChild(rendered);
          scrollToStart(node);
        };
        const commitDraft = () => {
          if (draft !== undefined) parts.push({ type: 'text', text: draft.text });
          draft = undefined;
        };
        try {
          await sendMessage(context, message, (event) => {
            if (mine !== generation) return;
            if (event.type === 'text-delta') {
              if (draft === undefined) {
                draft = { text: '', node: el('p', { class: 'text' }) };
                if (!node.isConnected) panel.log.appendChild(node);
                node.appendChild(draft.node);
              }
              draft.text += event.text;
              draft.node.textContent = draft.text;
              scrollToStart(node);
            } else if (event.type === 'part') {
              // A streamed sentence is followed by its final text part: the part replaces it.
              if (draft !== undefined && event.part.type === 'text') {
                draft.node.remove();
                draft = undefined;
              }
              commitDraft();
              parts.push(event.part);
              show(event.part);
            } else if (event.type === 'done') {
              commitDraft();
            }
          });
        } catch (error) {
          node.remove();
          if (mine !== generation) continue;
          if (!handleFailure(error)) return;
          continue;
        }
        if (mine !== generation) continue;
        outbox.shift();
        entries.push({ kind: 'bot', id: message.id, parts });
        save();
        failures = 0;
        clear(panel.status);
        // A retried message the server had already answered long ago comes back empty.
        if (parts.length === 0) notice(WORDS.received, false);
      }
    } finally {
      busy = false;
    }
  };

  /** Returns true when the failed message was dropped and the outbox may go on. */
  const handleFailure = (error: unknown): boolean => {
    failures += 1;
    if (error instanceof HttpFailure) {
      if (error.code === 'bad_request' || error.code === 'forbidden_origin') {
        outbox.shift();
        save();
        notice(ERROR_WORDS[error.code], false);
        return true;
      }
      if (error.code === 'rate_limited') {
        notice(ERROR_WORDS.rate_limited, true);
        schedule(error.retryAfterMs ?? RATE_LIMIT_DEFAULT_MS);
        return false;
      }
      notice(ERROR_WORDS.unavailable, true);
      schedule(UNAVAILABLE_BACKOFF_MS[failures - 1]);
      return false;
    }
    notice(WORDS.offline, true);
    schedule(OFFLINE_BACKOFF_MS[failures - 1]);
    return false;
  };

  const isOpen = () => !panel.dialog.hidden;

  const open = (moveFocus = true) => {
    panel.dialog.hidden = false;
    panel.launcher.setAttribute('aria-expanded', 'true');
    const last = panel.log.lastElementChild ?? undefined;
    if (last?.classList.contains('bot') === true) scrollToStart(last);
    else scrollToEnd();
    if (moveFocus) panel.input.focus();
  };

  const close = () => {
    panel.dialog.hidden = true;
    panel.launcher.setAttribute('aria-expanded', 'false');
    panel.launcher.focus();
  };

  panel.launcher.addEventListener('click', () => (isOpen() ? close() : open()));
  panel.close.addEventListener('click', close);
  panel.dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.isComposing) {
      event.preventDefault();
      close();
    }
  });
  // The message box grows with what is typed, up to its CSS max-height, then scrolls.
  const fitInput = () => {
    panel.input.style.height = 'auto';
    panel.input.style.height = `${panel.input.scrollHeight + 4}px`;
  };
  panel.input.addEventListener('input', fitInput);
  panel.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = panel.input.value;
    if (text.trim() === '') return;
    panel.input.value = '';
    fitInput();
    submit(text);
  });
  panel.input.addEventListener('keydown', (event) => {
    // Enter sends, Shift+Enter is a new line; never while an input method is composing.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      panel.form.requestSubmit();
    }
  });
  panel.startOver.addEventListener('click', () => {
    generation += 1;
    entries = [];
    outbox = [];
    failures = 0;
    schedule(undefined);
    session.forget();
    save();
    renderAll();
    notice(WORDS.cleared, false);
    panel.input.focus();
  });
  window.addEventListener('online', () => {
    if (outbox.length > 0) retryNow();
  });

  /** A daily nudge that waited on the server joins the conversation as Sarathi's message. */
  const showPending = async () => {
    const mine = generation;
    const parts = await fetchPending(settings.apiBase, session);
    if (parts.length === 0 || mine !== generation) return;
    entries.push({ kind: 'bot', id: newId(), parts });
    save();
    for (const chips of panel.log.querySelectorAll('.chips')) chips.remove();
    const node = botNode();
    for (const part of parts) append(node, [renderPart(part, renderContext(outbox.length === 0))]);
    panel.log.appendChild(node);
    scrollToStart(node);
  };

  // Rendered while the panel is still hidden, so restoring a conversation is not re-announced.
  renderAll();
  document.body.appendChild(panel.host);
  if (settings.startOpen) open(false);
  if (outbox.length > 0) retryNow();
  if (hasStoredSession(storage)) void showPending();

  return { host: panel.host, open: () => open(), close };
}

function safely(read: () => string): string | undefined {
  try {
    return read() || undefined;
  } catch {
    return undefined;
  }
}

/** crypto.randomUUID needs a secure context; a plain-http host page still needs unique ids. */
function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
