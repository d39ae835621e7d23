import { DEMO_PAGE_HTML, demoPageHtml } from '../../channels/web/client/index.ts';

describe('the demo page at /', () => {
  it('embeds the widget with one external script tag and no inline script (CSP: self only)', () => {
    const scripts = [...DEMO_PAGE_HTML.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const [, attributes = '', body = ''] = scripts[0] ?? [];
    expect(body.trim()).toBe('');
    expect(attributes).toContain('src="/widget.js"');
    expect(attributes).toContain('data-title="Sarathi"');
    expect(attributes).toContain('data-position="right"');
    expect(attributes).not.toContain('data-open');
    expect(DEMO_PAGE_HTML).not.toMatch(/\son[a-z]+=/i);
    expect(DEMO_PAGE_HTML).toMatch(/^<!doctype html>\n<html lang="en">/);
  });

  it('explains what Sarathi is and is not', () => {
    expect(DEMO_PAGE_HTML).toContain('<h1>Sarathi</h1>');
    expect(DEMO_PAGE_HTML).toContain('What Sarathi is not');
    expect(DEMO_PAGE_HTML).toContain('not a therapist');
  });

  it('takes options, escaping them for HTML', () => {
    const html = demoPageHtml({ title: 'Gita "companion" <b>', position: 'left', open: true });
    expect(html).toContain('data-title="Gita &quot;companion&quot; &lt;b&gt;"');
    expect(html).toContain('<h1>Gita &quot;companion&quot; &lt;b&gt;</h1>');
    expect(html).toContain('data-position="left"');
    expect(html).toContain('data-open');
    expect(html).not.toContain('<b>');
  });
});
