import type { Cause } from '../cause.ts';
import type { ConnectionFacts } from '../connection-facts.ts';

/** One diagnosis: a cause when this connection's evidence shows it, otherwise undefined. Pure; never throws. */
export type Rule = (facts: ConnectionFacts) => Cause | undefined;
