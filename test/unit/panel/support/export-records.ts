import {
  F1_TICKET_OK,
  F2_TOKEN_EXPIRED,
  F2_TOKEN_PROXY_OK,
  F2B_PROXY_NO_HEADER,
  F3_BASIC_DECODED_OK,
  F3_BASIC_RAW_COPY,
  F4_HEADER_OK,
  F5A_TICKET_REUSED,
  F6B_IDLE_CUT,
} from '../../../fixtures/scenarios.ts';

/** A tab that saw every kind of credential (ticket, token, Basic, header), healthy and failing: what exports hold. */
export const EXPORT_RECORDS = [
  F1_TICKET_OK,
  F5A_TICKET_REUSED,
  F2_TOKEN_PROXY_OK,
  F2B_PROXY_NO_HEADER,
  F2_TOKEN_EXPIRED,
  F3_BASIC_DECODED_OK,
  F3_BASIC_RAW_COPY,
  F4_HEADER_OK,
  F6B_IDLE_CUT,
];
