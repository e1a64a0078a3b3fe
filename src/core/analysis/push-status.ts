import type { ParsedFrame } from '../jmap/parse-frames.ts';

export interface PushStatus {
  /** The client sent `WebSocketPushEnable` (and no later `WebSocketPushDisable`). */
  readonly enabled: boolean;
  readonly enabledAt?: number;
  /** As asked for in the last PushEnable: null means every type. */
  readonly dataTypes?: readonly string[] | null;
  readonly stateChanges: number;
  readonly firstStateChangeAt?: number;
  readonly lastStateChangeAt?: number;
  /** Whether the server sends RFC 8887 `pushState` (James does, Stalwart never). */
  readonly pushStateSeen: boolean;
}

/** Push as the frames show it: was it switched on, and did the server push anything. */
export function pushStatus(frames: readonly ParsedFrame[]): PushStatus {
  let status: PushStatus = { enabled: false, stateChanges: 0, pushStateSeen: false };
  for (const { frame, message } of frames) {
    if (frame.dir === 'sent' && message.type === 'WebSocketPushEnable') {
      status = { ...status, enabled: true, enabledAt: frame.at, dataTypes: message.dataTypes };
    } else if (frame.dir === 'sent' && message.type === 'WebSocketPushDisable') {
      status = { ...status, enabled: false };
    } else if (frame.dir === 'received' && message.type === 'StateChange') {
      status = {
        ...status,
        stateChanges: status.stateChanges + 1,
        firstStateChangeAt: status.firstStateChangeAt ?? frame.at,
        lastStateChangeAt: frame.at,
        pushStateSeen: status.pushStateSeen || message.pushState !== undefined,
      };
    }
  }
  return status;
}
