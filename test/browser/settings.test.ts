import { apiBaseOf, readSettings } from '../../channels/web/client/settings.ts';

/** The two fields of a script element the widget reads; Node has no DOM to make a real one. */
function scriptTag(src: string, dataset: Record<string, string>): HTMLScriptElement {
  return { src, dataset } as unknown as HTMLScriptElement;
}

describe('the widget reads its settings from its own script tag', () => {
  it('talks to the origin the script came from, not the page that embeds it', () => {
    const settings = readSettings(
      scriptTag('https://sarathi.example.org/widget.js?v=3', {}),
      'https://shop.example.com/help',
    );
    expect(settings.apiBase).toBe('https://sarathi.example.org');
    expect(apiBaseOf('http://127.0.0.1:4321/widget.js')).toBe('http://127.0.0.1:4321');
  });

  it.each<[string, Record<string, string>, object]>([
    [
      'defaults',
      {},
      { title: 'Sarathi', position: 'right', startOpen: false, launcherText: 'Talk with Sarathi' },
    ],
    [
      'every option',
      { title: ' Gita companion ', position: 'LEFT', open: '', launcher: 'Ask Sarathi' },
      { title: 'Gita companion', position: 'left', startOpen: true, launcherText: 'Ask Sarathi' },
    ],
    ['data-open="false" stays closed', { open: 'false' }, { startOpen: false }],
    ['data-open="true" opens', { open: 'true' }, { startOpen: true }],
    ['an unknown position falls back to the right', { position: 'top' }, { position: 'right' }],
    ['a blank title falls back', { title: '   ' }, { title: 'Sarathi' }],
    [
      'an over-long title is cut to 80 characters',
      { title: 'x'.repeat(200) },
      { title: 'x'.repeat(80) },
    ],
  ])('%s', (_name, dataset, expected) => {
    expect(
      readSettings(scriptTag('https://h.example/widget.js', dataset), 'https://p.example/'),
    ).toMatchObject(expected);
  });

  it('falls back to the page itself when the script tag cannot be found', () => {
    expect(readSettings(null, 'http://localhost:3000/').apiBase).toBe('http://localhost:3000');
  });
});
