// The console's waiting ages read as English and Thai say them (round 28: "waiting 1 days" in the English queue).
import { describe, expect, it } from 'vitest';
import { en } from '../../console/src/i18n/console.en.js';
import { th } from '../../console/src/i18n/console.th.js';

describe('console waiting ages', () => {
  it('says one day in the singular in English, and more in the plural', () => {
    expect(en.age(86_400)).toBe('1 day');
    expect(en.age(86_400 * 2 - 1)).toBe('1 day');
    expect(en.age(86_400 * 24)).toBe('24 days');
    expect(en.age(59)).toBe('1 min');
    expect(en.age(3_600)).toBe('1 h');
  });
  it('says the same ages in Thai', () => {
    expect(th.age(86_400)).toBe('1 วัน');
    expect(th.age(86_400 * 24)).toBe('24 วัน');
    expect(th.age(120)).toBe('2 นาที');
  });
});
