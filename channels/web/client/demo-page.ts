/**
 * The page served at `/`: a calm explanation of Sarathi with the widget embedded exactly as a
 * customer site would embed it. No inline script (the server's CSP allows only its own scripts);
 * the inline <style> is allowed by that CSP and cannot reach into the widget's shadow root.
 */

export interface DemoPageOptions {
  /** The panel's heading, passed as data-title. */
  readonly title?: string;
  readonly position?: 'left' | 'right';
  /** Start with the panel open (data-open). */
  readonly open?: boolean;
  /** Where the bundle is served; the demo uses the same server. */
  readonly scriptSrc?: string;
}

export function demoPageHtml(options: DemoPageOptions = {}): string {
  const title = options.title ?? 'Sarathi';
  const attributes = [
    `src="${escapeHtml(options.scriptSrc ?? '/widget.js')}"`,
    `data-title="${escapeHtml(title)}"`,
    `data-position="${options.position === 'left' ? 'left' : 'right'}"`,
    options.open === true ? 'data-open' : '',
    'defer',
  ].filter((attribute) => attribute !== '');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — a Bhagavad Gita companion</title>
<link rel="icon" href="data:,">
<meta name="description" content="Sarathi answers what you are carrying with verses from the Bhagavad Gita that really exist.">
<style>
  :root { color-scheme: light; }
  body { margin: 0; background: #faf7f2; color: #1f2933; font: 17px/1.65 Georgia, "Noto Serif", serif; }
  main { max-width: 44rem; margin: 0 auto; padding: 3rem 1.5rem 8rem; }
  h1, h2 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0b5563; line-height: 1.25; }
  h1 { font-size: 2.25rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.25rem; margin: 2.25rem 0 .5rem; }
  .lede { font-size: 1.2rem; color: #3e4c59; margin-top: 0; }
  code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9rem; }
  pre { background: #fff; border: 1px solid #d9d3c7; border-radius: 8px; padding: 1rem; overflow-x: auto; }
  a { color: #0b4f8a; }
  :focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
  footer { margin-top: 3rem; font-size: .9rem; color: #52606d; }
</style>
</head>
<body>
<main>
  <header>
    <h1>${escapeHtml(title)}</h1>
    <p class="lede">A quiet companion for heavy moments, grounded in the Bhagavad Gita.</p>
  </header>

  <section aria-labelledby="what">
    <h2 id="what">What Sarathi is</h2>
    <p>When something weighs on you — an exam, a loss, a decision you cannot make — you can write
    to Sarathi in your own words, in English, Hindi or Hinglish. It answers with verses from the
    Bhagavad Gita that really exist: each one shown with its Sanskrit, a transliteration and a
    named translation, together with a short reflection.</p>
    <p>Every verse is checked against a verified text of the Gita, letter for letter, before it is
    shown. Sarathi never invents scripture.</p>
  </section>

  <section aria-labelledby="not">
    <h2 id="not">What Sarathi is not</h2>
    <p>Sarathi is not Krishna, and it is not a therapist or an emergency service. If you write
    about being in danger, it shows you people you can call or text right now before anything else.</p>
  </section>

  <section aria-labelledby="try">
    <h2 id="try">Try it</h2>
    <p>Use the <strong>Talk with Sarathi</strong> button in the corner of this page. It works with
    a keyboard too: press Tab until the button is focused, then Enter. Escape closes the chat.</p>
    <p>Your conversation stays in this browser so that it survives a reload; the
    <strong>Start over</strong> button clears it. Each message is sent to this Sarathi server to be
    answered.</p>
  </section>

  <section aria-labelledby="embed">
    <h2 id="embed">Put Sarathi on your own site</h2>
    <p>One script tag adds the button and the chat panel. They live in their own shadow DOM, so
    your page's styles and Sarathi's never touch.</p>
    <pre><code>&lt;script src="https://YOUR-SARATHI-HOST/widget.js"
        data-title="Sarathi" data-position="right" defer&gt;&lt;/script&gt;</code></pre>
    <p><code>data-title</code> names the panel, <code>data-position</code> is <code>left</code> or
    <code>right</code>, and <code>data-open</code> starts with the panel open. Your site's origin
    must be on the server's list of allowed origins.</p>
  </section>

  <footer>
    <p>Sarathi shares the Gita in the words of its translators; their names appear under every verse.</p>
  </footer>
</main>
<script ${attributes.join(' ')}></script>
</body>
</html>
`;
}

export const DEMO_PAGE_HTML: string = demoPageHtml();

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}
