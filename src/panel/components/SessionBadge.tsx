import { useStore } from '../store-context.ts';
import { Badge } from './Badge.tsx';

/** The verdict of the tab's JMAP session at a glance, whatever the connection list holds (SCENARIOS F7). */
export function SessionBadge() {
  const summary = useStore().session.value;
  if (!summary) return null;
  const { master } = summary.tmail;
  const verdict = master.wouldConnect ? 'push over a ticketed WebSocket' : 'no push transport for upstream TMail';
  return (
    <span
      data-testid="session-badge"
      data-server={summary.server.kind}
      data-would-connect={String(master.wouldConnect)}
    >
      <Badge tone={master.wouldConnect ? 'good' : 'warn'} title={master.explanation}>
        {summary.server.kind} session: {verdict}
      </Badge>
    </span>
  );
}
