import type { JmapMessageType } from '../../core/jmap/jmap-message.ts';

const LABELS: Readonly<Record<JmapMessageType, string>> = {
  Request: 'Request',
  Response: 'Response',
  RequestError: 'RequestError',
  WebSocketPushEnable: 'PushEnable',
  WebSocketPushDisable: 'PushDisable',
  StateChange: 'StateChange',
  EmailPush: 'EmailPush',
  CalendarAlert: 'CalendarAlert',
  unknown: 'not JMAP',
  'invalid-json': 'not JSON',
  binary: 'binary',
};

/** The short badge text for a frame's JMAP type. */
export function typeLabel(type: JmapMessageType): string {
  return LABELS[type];
}
