/** The report page's whole style: system colours for light and dark, black on white when printed. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --code: #f6f8fa; --lead: #fff8c5; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --code: #151b23; --lead: #2e2a14; }
}
body { margin: 0; color: var(--fg); background: var(--bg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 76rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
.verdict { font-size: 1.15rem; font-weight: 600; padding: .75rem 1rem; background: var(--lead); border-left: 4px solid var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--code); }
code { font: .85rem/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
pre { background: var(--code); border: 1px solid var(--line); padding: .75rem; overflow: auto; white-space: pre-wrap; }
figure { margin: 1rem 0; }
figcaption { color: var(--muted); }
@media print {
  :root { --fg: #000000; --bg: #ffffff; --muted: #444444; --line: #999999; --code: #f2f2f2; --lead: #f2f2f2; }
  main { max-width: none; padding: 0; }
  thead { display: table-header-group; }
  tr, figure, .verdict { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;
