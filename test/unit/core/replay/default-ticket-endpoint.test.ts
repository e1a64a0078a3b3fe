import { describe, expect, test } from 'vitest';
import { defaultTicketEndpoint } from '../../../../src/core/replay/default-ticket-endpoint.ts';

describe('defaultTicketEndpoint', () => {
  test('tmail-backend’s path on the WebSocket’s own host, over the matching HTTP scheme', () => {
    expect(defaultTicketEndpoint('wss://mail.example.org/jmap/ws?ticket=x')).toBe(
      'https://mail.example.org/jmap/ws/ticket',
    );
    expect(defaultTicketEndpoint('ws://127.0.0.1:8780/jmap/ws')).toBe('http://127.0.0.1:8780/jmap/ws/ticket');
  });

  test('nothing for what is not a WebSocket URL', () => {
    expect(defaultTicketEndpoint('https://mail.example.org/jmap/ws')).toBeUndefined();
    expect(defaultTicketEndpoint('not a url')).toBeUndefined();
  });
});
