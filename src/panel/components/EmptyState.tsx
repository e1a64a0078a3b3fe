import type { ComponentChildren } from 'preact';

export function EmptyState({ children, testId }: { readonly children: ComponentChildren; readonly testId?: string }) {
  return (
    <p class="empty" data-testid={testId}>
      {children}
    </p>
  );
}
