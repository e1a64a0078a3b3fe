import type { HandshakeRecord } from '../../core/model/handshake-record.ts';
import { Field } from './Field.tsx';
import { HeaderTable } from './HeaderTable.tsx';
import { SecretValue } from './SecretValue.tsx';
import { Section } from './Section.tsx';

interface HandshakeRequestProps {
  readonly handshake: HandshakeRecord;
  readonly secrets: readonly string[];
}

/** The upgrade request as far as the browser told it. */
export function HandshakeRequest({ handshake, secrets }: HandshakeRequestProps) {
  const protocols = handshake.protocols.length > 0 ? handshake.protocols.join(', ') : '(none offered)';
  return (
    <Section title="Request">
      <dl class="fields">
        <Field label="URL">
          <SecretValue value={handshake.url} secrets={secrets} label="URL" />
        </Field>
        <Field label="Subprotocols">
          <SecretValue value={protocols} secrets={secrets} label="subprotocols" />
        </Field>
      </dl>
      <HeaderTable
        headers={handshake.requestHeaders}
        secrets={secrets}
        unknown="Request headers not known: the browser did not expose them for this connection."
      />
    </Section>
  );
}
