/**
 * Telegram's HTML parse mode understands a handful of tags and three entities; everything the
 * person, the corpus or our wording says must reach it as text, never as markup. Telegram
 * documents exactly `&`, `<` and `>` as the characters to replace (plus `"` inside attributes).
 */

const TEXT_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/gu, (character) => TEXT_ENTITIES[character] ?? character);
}

/** For a value inside `href="…"`. */
export function escapeHtmlAttribute(text: string): string {
  return escapeHtml(text).replace(/"/gu, '&quot;');
}
