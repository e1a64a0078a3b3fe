import { formatTime } from '../format/format-time.ts';
import { pushCapabilities } from '../format/push-capabilities.ts';
import type { SessionSummary } from '../panel-store.ts';
import { Badge } from './Badge.tsx';
import { CauseList } from './CauseList.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { Field } from './Field.tsx';
import { SecretValue } from './SecretValue.tsx';
import { Section } from './Section.tsx';
import { Value } from './Value.tsx';

const NO_SECRETS: readonly string[] = [];

function TmailVerdict({ summary }: { readonly summary: SessionSummary }) {
  const { master } = summary.tmail;
  return (
    <p data-testid="session-tmail" data-would-connect={String(master.wouldConnect)}>
      <strong>Upstream TMail</strong>{' '}
      {master.wouldConnect ? (
        <Badge tone="good">opens a WebSocket</Badge>
      ) : (
        <Badge tone="warn">no push transport ({master.blocker})</Badge>
      )}{' '}
      {summary.causes.length === 0 && master.explanation}
    </p>
  );
}

/**
 * What the tab's JMAP session alone says about push: the server, what upstream TMail would do with it, and the
 * session-level causes. It answers even when the page opened no WebSocket at all (SCENARIOS F7).
 */
export function SessionView({ summary }: { readonly summary: SessionSummary }) {
  const { sighting, server, causes } = summary;
  return (
    <div class="session-view" data-testid="session-view" data-server={server.kind}>
      <Section title="JMAP session">
        <dl class="fields">
          <Field label="URL">
            <SecretValue value={sighting.url} label="session URL" />
          </Field>
          <Field label="Fetched">
            <Value text={formatTime(sighting.at)} label="session fetch time" />
          </Field>
          <Field label="Server">
            <code data-testid="session-server">{server.kind}</code>
          </Field>
          {pushCapabilities(summary.session).map((line) => (
            <Field key={line.id} label={line.label}>
              <Value text={line.text} label={`${line.id} capability`} />
            </Field>
          ))}
        </dl>
        <details>
          <summary class="muted">Why the server is {server.kind}</summary>
          <EvidenceList lines={server.evidence} secrets={NO_SECRETS} />
        </details>
      </Section>
      <Section title="What push can do">
        <TmailVerdict summary={summary} />
        {causes.length > 0 && <CauseList causes={causes} secrets={NO_SECRETS} />}
      </Section>
    </div>
  );
}
