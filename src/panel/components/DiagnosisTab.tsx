import type { ConnectionView } from '../panel-store.ts';
import { CauseList } from './CauseList.tsx';
import { EmptyState } from './EmptyState.tsx';
import { ProxyConfigFix } from './ProxyConfigFix.tsx';

/** Why it fails, most specific cause first, each with the checks to run; then a proxy config when one fixes it. */
export function DiagnosisTab({ view }: { readonly view: ConnectionView }) {
  const { causes } = view.analysis;
  if (causes.length === 0) {
    return (
      <EmptyState testId="no-causes">
        No problem found: the handshake, the authentication and the push traffic of this connection look healthy.
      </EmptyState>
    );
  }
  return (
    <>
      <CauseList causes={causes} secrets={view.secrets} />
      <ProxyConfigFix view={view} />
    </>
  );
}
