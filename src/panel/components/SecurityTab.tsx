import type { ConnectionView } from '../panel-store.ts';
import { EmptyState } from './EmptyState.tsx';
import { MaskedText } from './MaskedText.tsx';
import { SecretValue } from './SecretValue.tsx';
import { SeverityBadge } from './SeverityBadge.tsx';

/** Credential exposures, most severe first, each with where it is, why it matters and how to fix it. */
export function SecurityTab({ view }: { readonly view: ConnectionView }) {
  const { findings } = view.analysis;
  if (findings.length === 0) {
    return <EmptyState testId="no-findings">No credential exposure found in this connection.</EmptyState>;
  }
  return (
    <ul class="cards">
      {findings.map((finding, index) => (
        <li
          key={index}
          class={`card severity-${finding.severity}`}
          data-finding={finding.kind}
          data-severity={finding.severity}
        >
          <div class="card-head">
            <SeverityBadge severity={finding.severity} />{' '}
            <strong>
              <MaskedText text={finding.location} secrets={view.secrets} />
            </strong>{' '}
            <code class="muted">{finding.kind}</code>
          </div>
          <p>
            <MaskedText text={finding.explanation} secrets={view.secrets} />
          </p>
          <p>
            <span class="label">Fix: </span>
            <MaskedText text={finding.fix} secrets={view.secrets} />
          </p>
          {finding.secret && (
            <p>
              <span class="label">Value: </span>
              <SecretValue value={finding.secret} secrets={[finding.secret, ...view.secrets]} label="exposed value" />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
