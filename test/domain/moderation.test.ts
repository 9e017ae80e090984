// Which placeholder a redaction gets when the moderator accepts a finding's suggestion.
import { describe, expect, it } from 'vitest';
import { redactionTypeFor } from '../../service/src/domain/moderation.js';
import { placeholderFor } from '../../service/src/domain/redaction.js';

describe('redactionTypeFor', () => {
  it('calls text that screening could not finish "removed", not personal data or an insult', () => {
    const type = redactionTypeFor(undefined, { kind: 'review', type: 'screening_incomplete' });
    expect(type).toBe('other');
    expect(placeholderFor(type)).toBe('[ข้อความถูกตัดออก]');
  });

  it('calls a conversation between private persons "removed": it is neither personal data nor an insult', () => {
    const type = redactionTypeFor(undefined, { kind: 'conversation', type: 'private_conversation' });
    expect(type).toBe('other');
    expect(placeholderFor(type)).toBe('[ข้อความถูกตัดออก]');
    // What the moderator asked for still wins.
    expect(redactionTypeFor('insult', { kind: 'conversation', type: 'private_conversation' })).toBe('insult');
  });

  it('keeps the finding’s own family otherwise, and what the moderator asked for first', () => {
    expect(placeholderFor(redactionTypeFor(undefined, { kind: 'pii', type: 'phone' }))).toBe('[ข้อมูลส่วนบุคคล]');
    expect(placeholderFor(redactionTypeFor(undefined, { kind: 'profanity', type: 'insult' }))).toBe('[ถ้อยคำไม่สุภาพ]');
    expect(redactionTypeFor('phone', { kind: 'review', type: 'screening_incomplete' })).toBe('phone');
  });
});
