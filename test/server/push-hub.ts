import type { WebSocket } from 'ws';
import type { CloseCommand } from './server-types.ts';

export interface PushConnection {
  readonly id: number;
  readonly username: string;
  readonly socket: WebSocket;
  /** undefined: push off; null: every type; otherwise the subscribed type names. */
  dataTypes: ReadonlySet<string> | null | undefined;
  /** James completes its outbound sink on WebSocketPushDisable; later listener pushes are lost. */
  sinkOpen: boolean;
}

export interface PushHubOptions {
  pingIntervalMs?: number;
  onMessage(connection: PushConnection, text: string): void;
}

/** The open WebSockets of one server, their push subscriptions and their server Ping timers. */
export class PushHub {
  private readonly connections = new Set<PushConnection>();
  private nextId = 1;
  accepted = 0;

  constructor(private readonly options: PushHubOptions) {}

  attach(socket: WebSocket, username: string): PushConnection {
    const connection: PushConnection = { id: this.nextId++, username, socket, dataTypes: undefined, sinkOpen: true };
    this.connections.add(connection);
    this.accepted += 1;
    const timer = this.startPings(socket);
    socket.on('message', (data, isBinary) => {
      if (!isBinary) this.options.onMessage(connection, data.toString());
    });
    socket.on('close', () => {
      clearInterval(timer);
      this.connections.delete(connection);
    });
    return connection;
  }

  get size(): number {
    return this.connections.size;
  }

  forUser(username: string): PushConnection[] {
    return [...this.connections].filter((connection) => connection.username === username);
  }

  closeAll(command: CloseCommand = {}): number {
    const all = [...this.connections];
    for (const { socket } of all) {
      if (command.terminate) socket.terminate();
      else socket.close(command.code ?? 1000, command.reason ?? '');
    }
    return all.length;
  }

  private startPings(socket: WebSocket): NodeJS.Timeout | undefined {
    const interval = this.options.pingIntervalMs;
    if (interval === undefined || interval <= 0) return undefined;
    return setInterval(() => socket.ping(), interval);
  }
}
