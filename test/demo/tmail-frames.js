// @ts-check
/** The frames TMail sends, and how it reads what it receives (FACTS §1.1 "Frames TMail sends", "Receiving"). */

export const ECHO_REQUEST =
  '{"@type":"Request","id":"R1","using":["urn:ietf:params:jmap:core"],"methodCalls":[["Core/echo",{},"c0"]]}';

/**
 * `{"@type":"WebSocketPushEnable","dataTypes":[…]}` without a pushState; Label only when labels are enabled.
 * @param {boolean} labels
 */
export function pushEnableFrame(labels) {
  const dataTypes = labels ? ['Email', 'Mailbox', 'Label'] : ['Email', 'Mailbox'];
  return JSON.stringify({ '@type': 'WebSocketPushEnable', dataTypes });
}

/**
 * `StateChange.fromJson` reads only `@type` and `changed`, never checks the `@type` value, and ignores pushState.
 * @param {unknown} data
 */
export function isStateChange(data) {
  try {
    const value = JSON.parse(String(data));
    return typeof value?.changed === 'object' && value.changed !== null;
  } catch {
    return false;
  }
}
