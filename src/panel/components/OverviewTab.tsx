import { mintTiming } from '../../core/auth/ticket-mint-evidence.ts';
import { formatTime } from '../format/format-time.ts';
import type { ConnectionView } from '../panel-store.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { Field } from './Field.tsx';
import { PushStatusSection } from './PushStatusSection.tsx';
import { SecretValue } from './SecretValue.tsx';
import { Section } from './Section.tsx';
import { StrategyBadge } from './StrategyBadge.tsx';
import { TmailBehaviourSection } from './TmailBehaviourSection.tsx';
import { Value } from './Value.tsx';

export function OverviewTab({ view }: { readonly view: ConnectionView }) {
  const { state, analysis, secrets } = view;
  const mint = view.record.ticketMint;
  return (
    <div class="overview" data-testid="overview">
      <dl class="fields">
        <Field label="URL">
          <SecretValue value={state.handshake.url} secrets={secrets} label="URL" />
        </Field>
        <Field label="Page">
          <SecretValue value={state.pageUrl} secrets={secrets} label="page URL" />
        </Field>
        <Field label="State">
          <Value
            text={`${view.phase}${state.close ? `, close ${state.close.code}${state.close.reason ? ` "${state.close.reason}"` : ''}` : ''}`}
            label="state"
          />
        </Field>
        <Field label="Created">
          <Value text={formatTime(state.createdAt)} label="creation time" />
        </Field>
        {mint && (
          <Field label="Ticket POST">
            <span data-testid="ticket-mint" data-mint-status={String(mint.status)}>
              <SecretValue
                value={`POST ${mint.url} → ${mint.status}, ${mintTiming(mint, state.createdAt)}`}
                secrets={secrets}
                label="ticket POST"
              />
            </span>
          </Field>
        )}
        {state.source !== 'live' && <Field label="Source">{state.source}</Field>}
      </dl>
      <Section title="Authentication">
        <p data-testid="strategy" data-strategy={analysis.auth.strategy}>
          <StrategyBadge strategy={analysis.auth.strategy} /> <code class="muted">{analysis.auth.strategy}</code>
        </p>
        <EvidenceList lines={analysis.auth.evidence} secrets={secrets} />
      </Section>
      <Section title="Server">
        <p data-testid="server" data-server={analysis.server.kind}>
          <code>{analysis.server.kind}</code>
        </p>
        <EvidenceList lines={analysis.server.evidence} secrets={secrets} />
      </Section>
      <PushStatusSection push={analysis.push} />
      <TmailBehaviourSection session={view.session} />
    </div>
  );
}
