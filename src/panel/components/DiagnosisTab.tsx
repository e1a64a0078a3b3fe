import type { ConnectionView } from '../panel-store.ts';
import { EmptyState } from './EmptyState.tsx';
import { MaskedText } from './MaskedText.tsx';
import { SecretValue } from './SecretValue.tsx';

/** Why it fails, most specific cause first, each with the checks to run. */
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
    <ul class="cards">
      {causes.map((cause) => (
        <li key={cause.id} class="card" data-cause={cause.id}>
          <div class="card-head">
            <strong>{cause.title}</strong> <code class="muted">{cause.id}</code>
          </div>
          <SecretValue value={cause.explanation} secrets={view.secrets} label="explanation" prose />
          <ol class="checks">
            {cause.checks.map((check) => (
              <li key={check}>
                <MaskedText text={check} secrets={view.secrets} />
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
