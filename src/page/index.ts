import { installWebSocketHook } from './install-websocket-hook.ts';
import { openPageChannel } from './open-page-channel.ts';

try {
  installWebSocketHook(window, openPageChannel(window));
} catch {
  // A browser without one of the natives keeps its own WebSocket, untouched: better no capture than a broken page.
}
