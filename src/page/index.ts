import { installWebSocketHook } from './install-websocket-hook.ts';
import { captureNatives } from './natives.ts';
import { openPageChannel } from './open-page-channel.ts';

try {
  const natives = captureNatives(window);
  installWebSocketHook(natives, openPageChannel(natives));
} catch {
  // A browser without one of the natives keeps its own WebSocket, untouched: better no capture than a broken page.
}
