/** A ticket minted by a POST to the Linagora `generationEndpoint` (FACTS §2). */
export interface TicketMint {
  readonly at: number;
  readonly url: string;
  readonly status: number;
  /** Scheme of the Authorization header the POST carried (`Basic`, `Bearer`), when known. Never the credential. */
  readonly authScheme?: string;
  readonly ticket?: {
    readonly value: string;
    readonly clientAddress?: string;
    readonly generatedOn?: string;
    readonly validUntil?: string;
    readonly username?: string;
  };
}
