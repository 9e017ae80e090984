import { describe, expect, it } from 'vitest';
import { THAI_HOLIDAYS } from '../../service/src/domain/thai-holidays.js';
import { dayOfWeek, isIsoDate, addDays } from '../../service/src/domain/working-days.js';

const byDate = new Map(THAI_HOLIDAYS.map((h) => [h.date, h]));

describe('the shipped Thai holiday calendar for 2569 and 2570', () => {
  it('has valid, unique dates in 2026 and 2027 with Thai and English names', () => {
    expect(byDate.size).toBe(THAI_HOLIDAYS.length);
    for (const h of THAI_HOLIDAYS) {
      expect(isIsoDate(h.date), h.date).toBe(true);
      expect(['2026', '2027']).toContain(h.date.slice(0, 4));
      expect(h.name.length).toBeGreaterThan(0);
      expect(h.nameEn.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['2026-03-03', 'Makha Bucha (month 4 in the athikamat year 2569)'],
    ['2026-05-31', 'Visakha Bucha'],
    ['2026-07-29', 'Asarnha Bucha'],
    ['2026-07-30', 'Buddhist Lent'],
    ['2026-01-02', 'special holiday declared by the cabinet'],
    ['2026-12-07', "substitution for Father's Day"],
    ['2027-02-21', 'Makha Bucha 2570'],
    ['2027-05-20', 'Visakha Bucha 2570'],
    ['2027-07-18', 'Asarnha Bucha 2570'],
  ])('includes %s (%s)', (date) => {
    expect(byDate.has(date)).toBe(true);
  });

  it('leaves National Labour Day out: it is not a government holiday', () => {
    expect(byDate.has('2026-05-01')).toBe(false);
  });

  it('every holiday on a weekend has a substitution on the next day that is neither weekend nor holiday', () => {
    for (const h of THAI_HOLIDAYS.filter((x) => x.type !== 'substitution' && [0, 6].includes(dayOfWeek(x.date)))) {
      let next = addDays(h.date, 1);
      while ([0, 6].includes(dayOfWeek(next)) || (byDate.has(next) && byDate.get(next)!.type !== 'substitution'))
        next = addDays(next, 1);
      expect(byDate.get(next)?.type, `substitution for ${h.date}`).toBe('substitution');
    }
  });

  it('every substitution day is a weekday', () => {
    for (const h of THAI_HOLIDAYS.filter((x) => x.type === 'substitution')) expect([0, 6]).not.toContain(dayOfWeek(h.date));
  });
});
