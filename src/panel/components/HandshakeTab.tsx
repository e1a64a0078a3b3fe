import { why1006 } from '../format/why-1006.ts';
import type { ConnectionView } from '../panel-store.ts';
import { HandshakeRequest } from './HandshakeRequest.tsx';
import { HandshakeResponse } from './HandshakeResponse.tsx';

/** Request and response of the upgrade, and why the page saw only 1006 when it was refused. */
export function HandshakeTab({ view }: { readonly view: ConnectionView }) {
  const { handshake } = view.state;
  const why = why1006(handshake, view.phase === 'failed');
  return (
    <div class="handshake" data-testid="handshake">
      {why && (
        <div class="callout" data-testid="why-1006">
          <strong>Why the page only saw close code 1006</strong>
          <p>{why}</p>
        </div>
      )}
      <HandshakeRequest handshake={handshake} secrets={view.secrets} />
      <HandshakeResponse handshake={handshake} secrets={view.secrets} />
    </div>
  );
}
