export const SERVER_KINDS = ['tmail-backend', 'james', 'stalwart', 'cyrus', 'unknown'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];
