/** A run of text inside a block: plain, monospace (URLs, ids, paths) or emphasised. */
export type Inline = string | { readonly code: string } | { readonly strong: string };

/** One block of a report, rendered alike as Markdown and as HTML. Every string is page data: escape it. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  /** `lead`: the verdict, shown first and larger. */
  | { readonly kind: 'paragraph'; readonly inlines: readonly Inline[]; readonly lead?: boolean }
  | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[] }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly Inline[])[] }
  | { readonly kind: 'code'; readonly title: string; readonly text: string };

function mapInline(inline: Inline, change: (text: string) => string): Inline {
  if (typeof inline === 'string') return change(inline);
  return 'code' in inline ? { code: change(inline.code) } : { strong: change(inline.strong) };
}

function mapBlock(block: Block, change: (text: string) => string): Block {
  const inlines = (list: readonly Inline[]) => list.map((inline) => mapInline(inline, change));
  switch (block.kind) {
    case 'heading':
      return { ...block, text: change(block.text) };
    case 'paragraph':
      return { ...block, inlines: inlines(block.inlines) };
    case 'list':
      return { ...block, items: block.items.map(inlines) };
    case 'table':
      return { ...block, head: block.head.map(change), rows: block.rows.map(inlines) };
    case 'code':
      return { ...block, title: change(block.title), text: change(block.text) };
  }
}

/** Every text of the document passed through `change` (the redaction). */
export function mapReportText(blocks: readonly Block[], change: (text: string) => string): Block[] {
  return blocks.map((block) => mapBlock(block, change));
}
