export { loadThemeMap, ThemeMapError, TONES } from './theme-map.ts';
export type { Theme, ThemeLanguage, ThemeMap, Tone } from './theme-map.ts';
export { loadOpenings, OpeningsError } from './openings.ts';
export type { OpeningLines, Openings } from './openings.ts';
