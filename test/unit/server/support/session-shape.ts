/** The members of a JMAP session document the server tests look at. */
export type Properties = Record<string, unknown>;

export interface SessionShape {
  capabilities: Record<string, Properties>;
  accounts: Record<string, { name: string; accountCapabilities: Record<string, Properties> }>;
  primaryAccounts: Record<string, string>;
  username: string;
  apiUrl: string;
  eventSourceUrl: string;
}

export async function readSession(response: Response): Promise<SessionShape> {
  return (await response.json()) as SessionShape;
}
