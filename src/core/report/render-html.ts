import type { Block, Inline } from './report-blocks.ts';
import { REPORT_CSS } from './report-css.ts';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every text of the page goes through this: page data is hostile. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

function inline(part: Inline): string {
  if (typeof part === 'string') return escapeHtml(part);
  return 'code' in part ? `<code>${escapeHtml(part.code)}</code>` : `<strong>${escapeHtml(part.strong)}</strong>`;
}

const inlines = (parts: readonly Inline[]) => parts.map(inline).join('');

function table(head: readonly string[], rows: readonly (readonly Inline[])[]): string {
  const headRow = head.map((name) => `<th scope="col">${escapeHtml(name)}</th>`).join('');
  const bodyRows = rows.map((row) => `<tr>${row.map((part) => `<td>${inline(part)}</td>`).join('')}</tr>`);
  return `<table><thead><tr>${headRow}</tr></thead><tbody>${bodyRows.join('')}</tbody></table>`;
}

function block(part: Block): string {
  switch (part.kind) {
    case 'heading':
      return `<h${part.level}>${escapeHtml(part.text)}</h${part.level}>`;
    case 'paragraph':
      return `<p${part.lead ? ' class="verdict"' : ''}>${inlines(part.inlines)}</p>`;
    case 'list':
      return `<ul>${part.items.map((item) => `<li>${inlines(item)}</li>`).join('')}</ul>`;
    case 'table':
      return table(part.head, part.rows);
    case 'code':
      return `<figure><figcaption><code>${escapeHtml(part.title)}</code></figcaption><pre><code>${escapeHtml(part.text)}</code></pre></figure>`;
  }
}

/**
 * One self-contained page: inline CSS, no script, no external resource (the CSP forbids both), every text escaped,
 * light and dark, readable when printed.
 */
export function renderHtml(title: string, blocks: readonly Block[]): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body><main>',
    ...blocks.map(block),
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}
