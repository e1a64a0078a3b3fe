import type { ComponentChildren } from 'preact';

/** A titled block of a detail tab. */
export function Section({ title, children }: { readonly title: string; readonly children: ComponentChildren }) {
  return (
    <section class="section">
      <h3 class="section-title">{title}</h3>
      {children}
    </section>
  );
}
