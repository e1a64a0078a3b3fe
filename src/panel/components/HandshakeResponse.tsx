import type { HandshakeRecord } from '../../core/model/handshake-record.ts';
import { Field } from './Field.tsx';
import { HeaderTable } from './HeaderTable.tsx';
import { SecretValue } from './SecretValue.tsx';
import { Section } from './Section.tsx';
import { Value } from './Value.tsx';

interface HandshakeResponseProps {
  readonly handshake: HandshakeRecord;
  readonly secrets: readonly string[];
}

const unknown = (text = '—') => <span class="muted">{text}</span>;

/** The server's answer to the upgrade: status, headers, chosen subprotocol, body or network error. */
export function HandshakeResponse({ handshake, secrets }: HandshakeResponseProps) {
  const { status, statusLine, chosenProtocol, extensions, error, responseBody } = handshake;
  const line = statusLine ?? (status === undefined ? undefined : `HTTP ${status}`);
  return (
    <Section title="Response">
      <dl class="fields">
        <Field label="Status">
          {line ? <Value text={line} label="status line" /> : unknown('Not known: the browser did not report it.')}
        </Field>
        <Field label="Subprotocol">
          {chosenProtocol === undefined ? unknown() : <Value text={chosenProtocol || '(none)'} label="subprotocol" />}
        </Field>
        {extensions ? (
          <Field label="Extensions">
            <Value text={extensions} label="extensions" />
          </Field>
        ) : null}
        {error ? (
          <Field label="Error">
            <Value text={error} label="network error" />
          </Field>
        ) : null}
      </dl>
      <HeaderTable headers={handshake.responseHeaders} secrets={secrets} unknown="Response headers not known." />
      {responseBody ? <SecretValue value={responseBody} secrets={secrets} block label="response body" /> : null}
    </Section>
  );
}
