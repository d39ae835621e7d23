/**
 * Which region's helplines to show. Best first: the person's own setting (`/region IN`), then
 * what the channel knows (WhatsApp number prefix, browser locale), then the language (someone
 * writing Hindi or Hinglish is most likely in India). `undefined` means unknown: the crisis
 * reply then shows India first (our main audience) and the international directory.
 */
import type { Language } from './types.ts';

export interface RegionHints {
  readonly userSetting?: string;
  readonly channelRegion?: string;
  readonly language: Language;
}

const REGION_CODE = /^(?:[A-Z]{2}|INTL)$/;

function regionCode(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const code = value.trim().toUpperCase();
  return REGION_CODE.test(code) ? code : undefined;
}

export function resolveRegion(hints: RegionHints): string | undefined {
  return (
    regionCode(hints.userSetting) ??
    regionCode(hints.channelRegion) ??
    (hints.language === 'hi' || hints.language === 'hinglish' ? 'IN' : undefined)
  );
}
