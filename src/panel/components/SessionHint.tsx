import { useStore } from '../store-context.ts';

/** One line under "no connection": whether the page's JMAP session explains it (SCENARIOS F7). */
export function SessionHint() {
  const summary = useStore().session.value;
  if (!summary) return null;
  const { master } = summary.tmail;
  const text = master.wouldConnect
    ? ' The JMAP session offers push over WebSocket with a ticket, so upstream TMail would open one: see below.'
    : ' The JMAP session explains why: upstream TMail opens no WebSocket for it, so there is no push transport at all (details below).';
  return <span data-testid="session-hint">{text}</span>;
}
