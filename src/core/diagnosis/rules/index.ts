import { authHeaderMissing } from './auth-header-missing.ts';
import { closedImmediately } from './closed-immediately.ts';
import { credentialNotDecoded } from './credential-not-decoded.ts';
import { idleTimeout } from './idle-timeout.ts';
import { pushNotEnabled } from './push-not-enabled.ts';
import { pushUnsupported } from './push-unsupported.ts';
import { reconnectLoop } from './reconnect-loop.ts';
import { refusedStatusHidden } from './refused-status-hidden.ts';
import type { Rule } from './rule.ts';
import { serverUnreachable } from './server-unreachable.ts';
import { subprotocolMissing } from './subprotocol-missing.ts';
import { ticketExpiredOrReused } from './ticket-expired-or-reused.ts';
import { ticketIpMismatch } from './ticket-ip-mismatch.ts';
import { tokenExpired } from './token-expired.ts';
import { upgradeNotForwarded } from './upgrade-not-forwarded.ts';

/** Every rule, most specific first: the order is the order of the causes shown. */
export const RULES: readonly Rule[] = [
  pushUnsupported,
  refusedStatusHidden,
  serverUnreachable,
  tokenExpired,
  ticketExpiredOrReused,
  ticketIpMismatch,
  credentialNotDecoded,
  authHeaderMissing,
  upgradeNotForwarded,
  subprotocolMissing,
  closedImmediately,
  idleTimeout,
  pushNotEnabled,
  reconnectLoop,
];
