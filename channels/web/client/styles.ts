/**
 * The widget's only stylesheet, applied inside its shadow root. `all: initial` on the host and
 * again on the inner root stops the page's inherited styles (fonts, colours, even `!important`
 * ones aimed at the host element) from leaking in; nothing here can leak out. Colour pairs are at least 4.5:1 for text and 3:1 for borders that carry meaning
 * (measured in test/browser). Motion is decorative only and off under prefers-reduced-motion.
 */
export const WIDGET_CSS = `
:host{all:initial}
*,*::before,*::after{box-sizing:border-box}
.root{all:initial;display:block;position:fixed;bottom:20px;right:20px;z-index:2147483000;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Devanagari",sans-serif;color:#1b2430;text-align:left}
.root.left{right:auto;left:20px}
button,textarea{font:inherit;color:inherit}
button{cursor:pointer;border:2px solid transparent}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
.launcher{display:flex;align-items:center;gap:8px;min-height:48px;padding:10px 20px;border-radius:24px;background:#0b5563;color:#fff;font-weight:600;box-shadow:0 4px 14px rgba(0,0,0,.25)}
.launcher:hover{background:#08434e}
.launcher:focus-visible{box-shadow:0 0 0 2px #fff}
.mark{width:20px;height:20px;flex:none}
.panel{position:fixed;bottom:84px;right:20px;width:min(400px,calc(100vw - 32px));height:min(640px,calc(100vh - 116px));display:flex;flex-direction:column;background:#fff;border:1px solid #8a96a3;border-radius:16px;box-shadow:0 12px 40px rgba(0,0,0,.28);overflow:hidden;animation:rise .16s ease-out}
.left .panel{right:auto;left:20px}
.panel[hidden]{display:none}
@keyframes rise{from{opacity:0;transform:translateY(8px)}to{opacity:1;transform:none}}
.head{display:flex;align-items:flex-start;gap:8px;padding:14px 12px 14px 18px;background:#0b5563;color:#fff}
.head :focus-visible{outline-color:#fff}
.titles{flex:1;min-width:0}
.head h2{margin:0;font-size:1.125rem;line-height:1.3}
.head p{margin:2px 0 0;font-size:.875rem}
.ghost{min-height:40px;min-width:40px;padding:6px 10px;border-radius:10px;background:transparent;color:#fff;font-size:.875rem}
.ghost:hover{background:#08434e}
.log{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:14px;background:#fff}
.msg{display:flex;flex-direction:column;gap:8px;max-width:92%}
.user{align-self:flex-end;padding:10px 14px;border-radius:16px 16px 4px 16px;background:#0b5563;color:#fff}
.user p{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.bot{align-self:flex-start}
.text{margin:0;padding:10px 14px;border-radius:16px 16px 16px 4px;background:#eef1f3;white-space:pre-wrap;overflow-wrap:anywhere}
.text a{color:#0b4f8a}
.unsent{display:flex;flex-wrap:wrap;align-items:center;gap:8px;font-size:.875rem}
.unsent button{min-height:32px;padding:2px 10px;border-radius:8px;background:#fff;color:#0b5563;border-color:#fff}
.verse{padding:14px 16px;border:1px solid #e3cdb5;border-left:4px solid #b45309;border-radius:12px;background:#fffaf3}
.verse h3{margin:0 0 8px;font-size:.95rem;color:#8a3a0c;letter-spacing:.01em}
.sa{margin:0 0 8px;font-family:"Noto Serif Devanagari","Noto Sans Devanagari",serif;font-size:1.05rem;line-height:1.7;white-space:pre-line;color:#2b1d12}
.tl{margin:0 0 8px;font-style:italic;white-space:pre-line;color:#4a4038}
.tn{margin:0 0 6px;padding:0;white-space:pre-line}
.by{margin:0;font-size:.875rem;color:#5c4a3c}
.chips{display:flex;flex-wrap:wrap;gap:8px}
.chip{min-height:40px;padding:6px 14px;border-radius:20px;border:2px solid #0b5563;background:#fff;color:#0b5563;font-weight:600}
.chip:hover{background:#e3eef0}
.help{padding:14px 16px;border:2px solid #4338ca;border-radius:12px;background:#f6f6ff}
.help h3{margin:0 0 10px;font-size:1rem;color:#312e81}
.help p{margin:0 0 8px}
.help ul{margin:0;padding:0;list-style:none;display:flex;flex-direction:column;gap:10px}
.help li{display:flex;flex-direction:column;gap:2px}
.region{font-size:.875rem;color:#4b5260}
.links{display:flex;flex-wrap:wrap;gap:4px 14px}
.links a{display:inline-block;padding:4px 0;min-height:24px;color:#3730a3;font-weight:600}
.status{padding:0 16px}
.status:empty{display:none}
.typing{display:flex;align-items:center;gap:8px;padding:8px 0;color:#4b5260;font-size:.875rem}
.dots{display:inline-flex;gap:4px}
.dots i{width:7px;height:7px;border-radius:50%;background:#5f6b78;animation:blink 1.2s infinite ease-in-out}
.dots i:nth-child(2){animation-delay:.2s}
.dots i:nth-child(3){animation-delay:.4s}
@keyframes blink{0%,80%,100%{opacity:.3}40%{opacity:1}}
.notice{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin:8px 0;padding:10px 12px;border-radius:10px;border:1px solid #b7791f;background:#fff8e8;color:#4a3200;font-size:.9375rem}
.notice button{min-height:36px;padding:4px 12px;border-radius:8px;background:#0b5563;color:#fff}
.form{display:flex;align-items:flex-end;gap:8px;padding:12px;border-top:1px solid #c9d0d6}
textarea{flex:1;min-height:48px;max-height:9em;padding:11px 12px;border:2px solid #66727f;border-radius:12px;resize:none;background:#fff;line-height:1.4}
textarea::placeholder{color:#5f6b78}
.send{min-height:48px;min-width:64px;padding:8px 14px;border-radius:12px;background:#0b5563;color:#fff;font-weight:600}
.send:hover{background:#08434e}
@media (max-width:480px){.panel,.left .panel{inset:0;width:100%;height:100%;border-radius:0;border:0}}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation:none!important;transition:none!important;scroll-behavior:auto!important}.dots i{opacity:.8}}
@media (forced-colors:active){.dots i{background:CanvasText}.verse,.help,.notice{border-color:CanvasText}}
`;
