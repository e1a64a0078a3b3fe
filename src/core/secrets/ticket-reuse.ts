import { groupedBy } from '../analysis/grouped-by.ts';
import { TICKET_PARAM } from '../auth/url-credential-params.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import { queryParams } from '../url/query-params.ts';
import type { Finding } from './finding.ts';
import { formatDuration } from './format-duration.ts';

function ticketsOf(connection: ConnectionRecord) {
  return queryParams(connection.handshake.url).filter(
    (param) => param.name.toLowerCase() === TICKET_PARAM && param.value !== '',
  );
}

function ticketValues(connection: ConnectionRecord): string[] {
  return ticketsOf(connection).map((param) => param.value);
}

function reuseExplanation(connection: ConnectionRecord, sharers: readonly ConnectionRecord[]): string {
  const first = sharers
    .filter((other) => other.createdAt < connection.createdAt)
    .sort((a, b) => a.createdAt - b.createdAt)[0];
  const consumed = 'tmail-backend deletes a ticket on its first lookup';
  if (first) {
    const gap = formatDuration((connection.createdAt - first.createdAt) / 1000);
    return `Connection ${first.id} sent this ticket ${gap} earlier and ${consumed}, so this replay gets 401 "User is forbidden to use this ticket".`;
  }
  const ids = sharers.map((other) => other.id).join(', ');
  return `Connection ${ids} sent this ticket again; ${consumed}, so every use after this one gets 401 "User is forbidden to use this ticket".`;
}

/** The same ticket value in another captured connection: a replay of a single-use ticket (FACTS §2, SCENARIOS F5a). */
export function ticketReuseFindings(connection: ConnectionRecord, others: readonly ConnectionRecord[]): Finding[] {
  return ticketsOf(connection).flatMap((ticket): Finding[] => {
    const holders = groupedBy(others, ticketValues).get(ticket.value) ?? [];
    const sharers = holders.filter((other) => other.id !== connection.id);
    if (sharers.length === 0) return [];
    return [
      {
        kind: 'ticket-reused',
        severity: 'high',
        location: `URL query parameter "${ticket.name}"`,
        explanation: reuseExplanation(connection, sharers),
        fix: 'Mint a fresh ticket (POST to generationEndpoint with the real Authorization header) for every attempt and connect within 60 s; never retry or replay a ticket URL.',
        secret: ticket.raw,
      },
    ];
  });
}
