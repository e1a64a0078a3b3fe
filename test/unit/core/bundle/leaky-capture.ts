import type { Capture, CapturedConnection } from '../../../../src/core/capture/capture.ts';
import { BINARY_HEAD_BYTES } from '../../../../src/core/model/frame.ts';
import { binaryFrame } from '../../../fixtures/frames.ts';
import { F2_TOKEN_PROXY_OK } from '../../../fixtures/scenarios.ts';
import { STALWART_OPAQUE_TOKEN } from '../../../fixtures/secrets.ts';
import { allScenariosCapture, live } from './scenario-captures.ts';

/** LemonLDAP::NG's session id (64 hex digits), set by the SSO in front of the server on the handshake's answer. */
export const SSO_SESSION = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
/** What an OIDC login leaves in the page URL after the redirect back. */
export const AUTHORIZATION_CODE = 'Zk3q9TnB7xWm2LpR4vYc8sDa';
export const CALLBACK_URL = `https://mail.example.com/oidc/callback?code=${AUTHORIZATION_CODE}&state=af0ifjsldkj`;

const BEARER_HEAD = new TextEncoder().encode(`Bearer ${STALWART_OPAQUE_TOKEN}`).slice(0, BINARY_HEAD_BYTES);
/** The head of a binary frame holding `Bearer <token>`: hex as the bundle writes it, base64 as the HAR does. */
export const BEARER_HEAD_HEX = Array.from(BEARER_HEAD, (byte) => byte.toString(16).padStart(2, '0')).join('');
export const BEARER_HEAD_BASE64 = btoa(String.fromCharCode(...BEARER_HEAD));

/** What each leak looks like in a file: none of these may be in a redacted export. */
export const LEAKS: readonly string[] = [SSO_SESSION, AUTHORIZATION_CODE, BEARER_HEAD_HEX, BEARER_HEAD_BASE64];

/** A Stalwart connection behind an SSO: a session cookie set on its answer, opened from an OIDC callback page. */
function leakyConnection(): CapturedConnection {
  const connection = live(F2_TOKEN_PROXY_OK);
  const { handshake, frames } = connection;
  const setCookie = { name: 'Set-Cookie', value: `lemonldap=${SSO_SESSION}; Path=/; Secure; HttpOnly` };
  const lastFrame = frames.at(-1);
  const at = (lastFrame?.at ?? connection.createdAt) + 1;
  const bearer = binaryFrame('sent', 4_096, BEARER_HEAD_HEX, at, (lastFrame?.id ?? 0) + 1);
  return {
    ...connection,
    id: 'leaky',
    pageUrl: CALLBACK_URL,
    handshake: { ...handshake, responseHeaders: [...(handshake.responseHeaders ?? []), setCookie] },
    frames: [...frames, bearer],
  };
}

/** Every scenario, and one connection holding each leak a review found in the redacted exports. */
export function leakyCapture(): Capture {
  const capture = allScenariosCapture();
  return { ...capture, connections: [...capture.connections, leakyConnection()] };
}
