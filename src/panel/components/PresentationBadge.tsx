import { useStore } from '../store-context.ts';

/** Large and always in the toolbar while presentation mode is on: the customer on the call can see it is. */
export function PresentationBadge() {
  if (!useStore().presentation.value) return null;
  return (
    <span class="badge presentation-badge" data-testid="presentation-badge" role="status">
      Presentation mode: secrets hidden
    </span>
  );
}
