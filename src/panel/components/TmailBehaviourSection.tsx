import { useMemo } from 'preact/hooks';
import type { JmapSession } from '../../core/session/jmap-session.ts';
import { tmailBehaviour } from '../../core/session/tmail-behaviour.ts';
import { Badge } from './Badge.tsx';
import { Section } from './Section.tsx';
import { TmailPrBuildView } from './TmailPrBuildView.tsx';
import { Value } from './Value.tsx';

/** What TMail web would do with the session the page fetched: upstream master, then the strategy-pattern PR builds. */
export function TmailBehaviourSection({ session }: { readonly session: JmapSession | undefined }) {
  const behaviour = useMemo(() => (session ? tmailBehaviour(session) : undefined), [session]);
  if (!behaviour) {
    return (
      <Section title="What TMail would do">
        <p class="muted">
          No JMAP session was seen before this connection. The panel reads the session response while DevTools is open:
          reload the page with the panel open.
        </p>
      </Section>
    );
  }
  const { master, strategyPr } = behaviour;
  return (
    <Section title="What TMail would do">
      <p data-testid="tmail-master">
        <strong>Upstream master</strong>{' '}
        {master.wouldConnect ? (
          <Badge tone="good">opens a WebSocket</Badge>
        ) : (
          <Badge tone="warn">no WebSocket ({master.blocker})</Badge>
        )}{' '}
        {master.explanation}
      </p>
      {master.connectUrl && <Value text={master.connectUrl} label="TMail connect URL" />}
      {master.notes.map((note) => (
        <p key={note} class="note">
          {note}
        </p>
      ))}
      <p>
        <strong>Strategy-pattern PR builds</strong> (never merged): {strategyPr.selectorExplanation}
      </p>
      <TmailPrBuildView name="PR #4261" build={strategyPr.pr4261} />
      <TmailPrBuildView name="PR #4257/#4512" build={strategyPr.pr4512} />
    </Section>
  );
}
