import type { Invocation, JmapMessage, TypeStateMap } from '../../core/jmap/jmap-message.ts';
import type { FrameData } from '../../core/model/frame.ts';

const PREVIEW_CHARS = 160;
const MAX_METHODS = 3;

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS)}…` : line;
}

function methods(invocations: readonly Invocation[]): string {
  const names = invocations.map(([name]) => name);
  const shown = names.slice(0, MAX_METHODS).join(', ');
  return names.length > MAX_METHODS ? `${shown} (+${names.length - MAX_METHODS})` : shown;
}

function idNote(id: string | null | undefined, name: string): string {
  if (id === undefined) return `no ${name}`;
  return `${name} ${id === null ? 'null' : id}`;
}

function changed(map: TypeStateMap): string {
  const accounts = Object.values(map);
  const types = [...new Set(accounts.flatMap((types) => Object.keys(types)))];
  return `${types.join(', ') || 'nothing'} changed (${accounts.length} account${accounts.length === 1 ? '' : 's'})`;
}

function summaryOf(message: JmapMessage, text: string): string {
  switch (message.type) {
    case 'Request':
      return `${methods(message.methodCalls)} · ${idNote(message.id, 'id')}`;
    case 'Response':
      return `${methods(message.methodResponses)} · ${idNote(message.requestId, 'requestId')}`;
    case 'RequestError':
      return `${message.problemType.replace(/^urn:ietf:params:jmap:error:/, '')}${message.detail ? `: ${message.detail}` : ''}`;
    case 'WebSocketPushEnable':
      return `push on: ${message.dataTypes === null ? 'every type' : message.dataTypes.join(', ')}`;
    case 'WebSocketPushDisable':
      return 'push off';
    case 'StateChange':
      return `${changed(message.changed)}${message.pushState === undefined ? '' : ' · pushState'}`;
    case 'binary':
      return `${message.size} bytes of binary`;
    default:
      return text;
  }
}

/** One line telling what a frame is: methods and ids, changed types, the error, or the start of the text. */
export function frameSummary(message: JmapMessage, data: FrameData): string {
  return preview(summaryOf(message, data.kind === 'text' ? data.text : ''));
}
