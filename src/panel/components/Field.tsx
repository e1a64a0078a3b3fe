import type { ComponentChildren } from 'preact';

/** One label/value line of a `<dl class="fields">`. */
export function Field({ label, children }: { readonly label: string; readonly children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
