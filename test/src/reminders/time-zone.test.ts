import { canonicalTimeZone } from '../../../src/reminders/index.ts';

describe('canonicalTimeZone', () => {
  it('stores IANA names in their usual spelling, asked once or many times', () => {
    for (let round = 0; round < 3; round++) {
      expect(canonicalTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
      expect(canonicalTimeZone('asia/kolkata')).toBe('Asia/Kolkata');
      expect(canonicalTimeZone(' Europe/London ')).toBe('Europe/London');
      expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
      expect(canonicalTimeZone('UTC')).toBe('UTC');
    }
  });

  it('refuses offsets, abbreviations and zones that do not exist, every time', () => {
    for (let round = 0; round < 3; round++) {
      for (const text of ['IST', '+05:30', 'Mars/Olympus_Mons', '', 'Asia/Kolkata; DROP']) {
        expect(canonicalTimeZone(text)).toBeUndefined();
      }
    }
  });

  it('answers the same after many different inputs have passed through', () => {
    for (let i = 0; i < 2_500; i++) canonicalTimeZone(`Nowhere/Place_${i}`);
    expect(canonicalTimeZone('asia/kolkata')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('Nowhere/Place_1')).toBeUndefined();
  });
});
