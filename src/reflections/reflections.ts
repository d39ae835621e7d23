/**
 * Reflections: what a person writes for themselves, sealed with their own data key before it
 * reaches the store and opened only for them. The store sees ciphertext and ids, nothing else.
 */
import { randomUUID } from 'node:crypto';
import type { UserCipher } from '../crypto/index.ts';
import type { ReflectionStore, SealedReflection } from '../stores/index.ts';

/** The journey day a reflection answers (a reply to a journey prompt). */
export interface JourneyDayRef {
  readonly journeyId: string;
  readonly day: number;
}

export interface Reflection {
  readonly id: string;
  readonly createdAt: Date;
  readonly text: string;
  readonly journeyDay?: JourneyDayRef;
}

export interface NewReflection {
  readonly userId: string;
  readonly text: string;
  readonly at: Date;
  readonly journeyDay?: JourneyDayRef;
}

export interface ReflectionService {
  /**
   * Seals and stores one reflection (audited as `reflection.create`). This is the one way to
   * save a reflection: `/reflect` uses it, and a reply to a journey prompt passes `journeyDay`.
   */
  write(reflection: NewReflection): Promise<Reflection>;
  /** The user's newest reflections, decrypted. Only ever call it for the person asking. */
  recent(userId: string, limit: number): Promise<Reflection[]>;
  /** Every reflection of the user, newest first, decrypted (for export). */
  all(userId: string): Promise<Reflection[]>;
}

export class EmptyReflectionError extends RangeError {
  constructor() {
    super('a reflection needs some text');
    this.name = 'EmptyReflectionError';
  }
}

export function createReflections(store: ReflectionStore, cipher: UserCipher): ReflectionService {
  async function openAll(userId: string, sealed: SealedReflection[]): Promise<Reflection[]> {
    const texts = await cipher.openAll(
      userId,
      sealed.map((record) => ({ ...record, kind: 'reflection' as const, recordId: record.id })),
    );
    return sealed.map((record, index) => ({
      id: record.id,
      createdAt: record.createdAt,
      text: texts[index]?.toString('utf8') ?? '',
      ...(record.journeyId !== undefined &&
        record.journeyDay !== undefined && {
          journeyDay: { journeyId: record.journeyId, day: record.journeyDay },
        }),
    }));
  }

  return {
    async write({ userId, text, at, journeyDay }) {
      const trimmed = text.trim();
      if (trimmed === '') throw new EmptyReflectionError();
      const id = randomUUID();
      const sealed = await cipher.seal(
        { userId, kind: 'reflection', recordId: id },
        Buffer.from(trimmed, 'utf8'),
        at,
      );
      await store.add({
        id,
        userId,
        createdAt: at,
        ...sealed,
        ...(journeyDay && { journeyId: journeyDay.journeyId, journeyDay: journeyDay.day }),
      });
      return { id, createdAt: at, text: trimmed, ...(journeyDay && { journeyDay }) };
    },
    recent: async (userId, limit) => openAll(userId, await store.recent(userId, limit)),
    all: async (userId) => openAll(userId, await store.allFor(userId)),
  };
}
