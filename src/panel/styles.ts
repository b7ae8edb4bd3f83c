// The panel's styles, placed inside its shadow root so neither the page nor the panel restyles the other.
// The popup reuses them for the same look. Colours come from custom properties so dark mode is one block.
// :host: docked just below the site's sticky header and beside the posting when the window leaves room,
// else at the right edge, the side job boards keep for secondary content; clear of the bottom-right corner
// where sites put their messaging and chat bars. Both are measured at mount (src/content/mount.tsx
// overrides top and right, and sets --tpm-top inside the shadow root). No CSS comments inside the string:
// they would ship in the content script.
export const PANEL_CSS = `
:host {
  all: initial;
  position: fixed;
  top: 72px;
  right: 16px;
  z-index: 2147483646;
  display: block;
}
.tpm {
  --bg: #ffffff;
  --fg: #1b1f24;
  --muted: #57606a;
  --line: #d0d7de;
  --accent: #0b5fce;
  --ok: #1a7f37;
  --no: #a4262c;
  --chip: #eef2f6;
  color-scheme: light dark;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg);
  box-sizing: border-box;
}
@media (prefers-color-scheme: dark) {
  .tpm {
    --bg: #161b22;
    --fg: #e6edf3;
    --muted: #9da7b3;
    --line: #30363d;
    --accent: #58a6ff;
    --ok: #3fb950;
    --no: #ff7b72;
    --chip: #21262d;
  }
}
.tpm *, .tpm *::before, .tpm *::after { box-sizing: inherit; }
.panel {
  width: 360px;
  max-width: calc(100vw - 32px);
  max-height: min(calc(100vh - var(--tpm-top, 72px) - 72px), 720px);
  display: flex;
  flex-direction: column;
  background: var(--bg);
  border: 1px solid var(--line);
  border-radius: 10px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18);
  overflow: hidden;
}
.panel.standalone { width: auto; max-height: none; box-shadow: none; border: 0; border-radius: 0; }
header {
  display: flex;
  align-items: flex-start;
  gap: 8px;
  padding: 10px 12px;
  border-bottom: 1px solid var(--line);
}
header .titles { flex: 1; min-width: 0; }
.brand { font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--muted); margin: 0; }
h2 { font-size: 14px; margin: 2px 0 0; line-height: 1.3; overflow-wrap: anywhere; }
.company { color: var(--muted); margin: 0; }
.body { overflow: auto; padding: 8px 12px 12px; }
section { margin: 8px 0 12px; }
h3 { font-size: 12px; margin: 0 0 4px; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
p { margin: 4px 0; }
ul { margin: 0; padding: 0; list-style: none; }
button {
  font: inherit;
  color: inherit;
  background: transparent;
  border: 1px solid var(--line);
  border-radius: 6px;
  padding: 2px 8px;
  cursor: pointer;
}
button.icon { border-color: transparent; padding: 0 6px; font-size: 16px; line-height: 1.4; }
button:hover { border-color: var(--accent); }
button:focus-visible, summary:focus-visible, a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
a { color: var(--accent); }
.verdict { font-weight: 600; }
.verdict.tpm { color: var(--ok); }
.verdict.not-tpm { color: var(--no); }
.reasons { color: var(--muted); font-size: 12px; padding-left: 1em; list-style: disc; }
.score { font-size: 18px; font-weight: 700; }
.meter { height: 6px; background: var(--chip); border-radius: 3px; overflow: hidden; margin: 2px 0 4px; }
.meter > span { display: block; height: 100%; background: var(--accent); }
.screening { margin: 2px 0 6px; font-weight: 600; }
.screening .fact { border: 0; background: none; padding: 0; font: inherit; color: inherit; cursor: pointer; text-decoration: underline dotted; }
.blockers { border-left: 3px solid var(--no); padding-left: 6px; }
.blockers ul { margin: 2px 0; }
.item { border-top: 1px solid var(--line); padding: 3px 0; }
.item:first-child { border-top: 0; }
.item summary { cursor: pointer; list-style: none; display: flex; gap: 6px; }
.item summary::-webkit-details-marker { display: none; }
.item .mark { width: 1.2em; text-align: center; font-weight: 700; }
.item[data-present="true"] .mark { color: var(--ok); }
.item[data-present="false"] .mark { color: var(--no); }
.item .plain { display: flex; gap: 6px; }
blockquote { margin: 4px 0 4px 1.8em; padding-left: 8px; border-left: 3px solid var(--line); color: var(--muted); font-size: 12px; }
button.link { border: 0; padding: 0; color: var(--accent); text-decoration: underline; font-size: 11px; }
button.link:disabled { color: var(--muted); text-decoration: none; cursor: default; }
.source { color: var(--muted); font-size: 11px; }
.figure { margin: 4px 0; }
.chip {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  background: var(--chip);
  border: 1px solid var(--line);
  border-radius: 999px;
  padding: 2px 4px 2px 12px;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.15);
}
.chip > button:first-child { border: 0; padding: 2px 4px; }
.muted { color: var(--muted); }
.recruiters > summary { cursor: pointer; }
.section-title { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
.findings > li { border-top: 1px solid var(--line); padding: 3px 0; }
.findings > li:first-child { border-top: 0; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.warning { color: var(--no); }
.notice header { border-bottom: 0; }
bdi { unicode-bidi: isolate; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
