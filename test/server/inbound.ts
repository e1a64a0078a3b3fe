import { handleCyrusMessage } from './inbound-cyrus.ts';
import { handleJamesMessage } from './inbound-james.ts';
import { handleStalwartMessage } from './inbound-stalwart.ts';
import type { PushConnection } from './push-hub.ts';
import type { ServerContext } from './server-context.ts';

export function handleInbound(context: ServerContext, connection: PushConnection, text: string): void {
  if (context.flavor === 'stalwart') handleStalwartMessage(context, connection, text);
  else if (context.flavor === 'cyrus') handleCyrusMessage(context, connection, text);
  else handleJamesMessage(context, connection, text);
}
