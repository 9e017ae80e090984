// Citizens helping each other: why a citizen may report a published post.

export const FLAG_REASONS = ['personal_data', 'abusive', 'spam', 'wrong', 'other'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];
