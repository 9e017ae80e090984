// A citizen's PDPA request about their own case: what they may ask for and where the request stands.

export const REQUEST_TYPES = ['erasure', 'correction', 'restriction'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_STATUSES = ['open', 'completed', 'refused'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
