import type { ComponentChildren } from 'preact';
import type { Tone } from '../format/strategy-label.ts';

/** A small coloured label. */
export function Badge({
  tone = 'neutral',
  title,
  children,
}: {
  readonly tone?: Tone;
  readonly title?: string;
  readonly children: ComponentChildren;
}) {
  return (
    <span class={`badge tone-${tone}`} title={title}>
      {children}
    </span>
  );
}
