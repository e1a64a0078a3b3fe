import { EndpointsSection } from '../../shared/endpoints-editor/EndpointsSection.tsx';
import { useEndpoints, useStore } from '../store-context.ts';

/**
 * The saved endpoints, edited right here as in the options page (same editor, same storage). Hidden in presentation
 * mode: the editor's credential fields have no place on a shared screen.
 */
export function SavedEndpointsSettings() {
  const storage = useEndpoints();
  const presentation = useStore().presentation.value;
  if (!storage || presentation) return null;
  return (
    <details class="section saved-endpoints" data-testid="saved-endpoints">
      <summary class="section-title">Saved endpoints</summary>
      <EndpointsSection storage={storage} />
    </details>
  );
}
