import type { Block, Inline } from './report-blocks.ts';

/** Page data may hold Markdown or HTML: every character a renderer would act on is backslash-escaped (`#`, `-`, `1.` only where they start a block). */
function text(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^[#>+-]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A code span whose fence is longer than any backtick run inside, so nothing can close it early. */
function code(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function inline(part: Inline): string {
  if (typeof part === 'string') return text(part);
  return 'code' in part ? code(part.code) : `**${text(part.strong)}**`;
}

const inlines = (parts: readonly Inline[]) => parts.map(inline).join('');

/** GFM tables: a pipe ends a cell even inside a code span unless escaped. */
const cell = (part: Inline) => inline(part).replace(/(?<!\\)\|/g, '\\|');

function codeBlock(title: string, content: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${code(title)}\n\n${fence}\n${content.replace(/\n$/, '')}\n${fence}`;
}

function block(part: Block): string {
  switch (part.kind) {
    case 'heading':
      return `${'#'.repeat(part.level)} ${text(part.text)}`;
    case 'paragraph':
      return inlines(part.inlines);
    case 'list':
      return part.items.map((item) => `- ${inlines(item)}`).join('\n');
    case 'table':
      return [
        `| ${part.head.map(text).join(' | ')} |`,
        `|${part.head.map(() => ' --- ').join('|')}|`,
        ...part.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ].join('\n');
    case 'code':
      return codeBlock(part.title, part.text);
  }
}

/** The report as GitHub-flavoured Markdown, for a support ticket. */
export function renderMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(block).join('\n\n')}\n`;
}
