/**
 * Checks on what callers hand the storage port, shared by every adapter so SQLite and MongoDB
 * refuse the same inputs with the same `RangeError` (naming the field, never its value).
 */
import type { FirstContact } from './identities.ts';
import type { StartEnrollment } from './journeys.ts';
import type { NudgeContentRef } from './pending-nudges.ts';
import type { SealedReflection } from './reflections.ts';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export function checkContact(contact: FirstContact): void {
  for (const field of ['channel', 'channelUserId', 'address'] as const) {
    if (typeof contact[field] !== 'string' || contact[field] === '') {
      throw new RangeError(`contact.${field} must be a non-empty string`);
    }
  }
}

export function checkSealedReflection(reflection: SealedReflection): void {
  if (typeof reflection.id !== 'string' || reflection.id === '') {
    throw new RangeError('reflection.id must be a non-empty string');
  }
  for (const field of ['iv', 'tag', 'ciphertext'] as const) {
    if (!(reflection[field] instanceof Uint8Array)) {
      throw new RangeError(`reflection.${field} must be bytes`);
    }
  }
  if ((reflection.journeyId === undefined) !== (reflection.journeyDay === undefined)) {
    throw new RangeError('reflection.journeyId and journeyDay go together');
  }
  if (
    reflection.journeyDay !== undefined &&
    (!Number.isInteger(reflection.journeyDay) || reflection.journeyDay < 1)
  ) {
    throw new RangeError('reflection.journeyDay must be a day number from 1');
  }
}

export function checkEnrollmentStart(input: StartEnrollment): void {
  if (typeof input.userId !== 'string' || input.userId === '') {
    throw new RangeError('userId must be a non-empty string');
  }
  if (typeof input.journeyId !== 'string' || input.journeyId === '') {
    throw new RangeError('journeyId must be a non-empty string');
  }
}

export function checkJourneyDay(day: number, totalDays: number): void {
  if (!Number.isInteger(totalDays) || totalDays < 1) {
    throw new RangeError('totalDays must be a positive integer');
  }
  if (!Number.isInteger(day) || day < 1 || day > totalDays) {
    throw new RangeError('day must be an integer from 1 to totalDays');
  }
}

export function checkLinkCodeHash(codeHash: string): void {
  if (typeof codeHash !== 'string' || !SHA256_HEX.test(codeHash)) {
    throw new RangeError('codeHash must be a hex SHA-256');
  }
}

export function checkLocalDate(localDate: string): void {
  if (typeof localDate !== 'string' || !LOCAL_DATE.test(localDate)) {
    throw new RangeError('localDate must be YYYY-MM-DD');
  }
}

export function checkNudgeContent(content: NudgeContentRef): void {
  if (content.kind === 'journey') {
    if (content.journeyId === '' || !Number.isInteger(content.day) || content.day < 1) {
      throw new RangeError('a journey nudge needs a journey id and a day from 1');
    }
  } else if (content.kind !== 'verse' || content.ref === '') {
    throw new RangeError('a verse nudge needs a verse ref');
  }
}
