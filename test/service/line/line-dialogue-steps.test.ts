import { describe, expect, it } from 'vitest';
import {
  continueDialogue,
  type DialogueContext,
  type Draft,
  draftTitle,
  matchChoice,
  nextStep,
  parseContact,
  startDialogue,
} from '../../../service/src/use-cases/line/line-dialogue.js';

const ctx: DialogueContext = {
  siteName: 'เทศบาลตัวอย่าง',
  kinds: [
    { code: 'complaint', th: 'ร้องเรียน/ร้องทุกข์', en: 'Complaint' },
    { code: 'suggestion', th: 'แสดงความคิดเห็น/เสนอแนะ', en: 'Suggestion' },
  ],
  categories: [
    { code: 'lighting', th: 'ไฟฟ้าส่องสว่างสาธารณะ', en: 'Street lighting' },
    { code: 'roads', th: 'ถนน ทางเท้า สะพาน', en: 'Roads, pavements and bridges' },
  ],
  contactRequiredKinds: ['suggestion'],
  privacy: 'ประกาศ',
};

const texts = (turn: { replies: { type: string }[] }) => turn.replies.map((r) => (r as { text?: string }).text ?? '').join('\n');

describe('the LINE dialogue, step by step', () => {
  it('asks for the missing slots in order: kind, category, location, details, contact when required, then confirmation', () => {
    const draft: Draft = { body: [] };
    expect(nextStep(draft, ctx)).toBe('kind');
    expect(nextStep({ ...draft, kind: 'complaint' }, ctx)).toBe('category');
    expect(nextStep({ ...draft, kind: 'complaint', category: null }, ctx)).toBe('location');
    expect(nextStep({ ...draft, kind: 'complaint', category: null, location: null }, ctx)).toBe('details');
    expect(nextStep({ kind: 'complaint', category: null, location: null, body: ['x'] }, ctx)).toBe('confirm');
    expect(nextStep({ kind: 'suggestion', category: null, location: null, body: ['x'] }, ctx)).toBe('contact');
    expect(nextStep({ kind: 'complaint', location: null, body: ['x'] }, { ...ctx, categories: [] })).toBe('confirm');
  });

  it('keeps an opening description, drops a greeting, and takes an opening kind name as the kind', () => {
    expect(startDialogue(ctx, { type: 'text', text: 'ไฟดับทั้งซอย' }).draft).toEqual({ body: ['ไฟดับทั้งซอย'] });
    expect(startDialogue(ctx, { type: 'text', text: 'สวัสดีค่ะ!' }).draft).toEqual({ body: [] });
    expect(startDialogue(ctx, { type: 'text', text: 'Complaint' })).toMatchObject({
      step: 'category',
      draft: { kind: 'complaint' },
    });
  });

  it('matches typed choices by code, Thai or English name, number, or the shortened label LINE showed', () => {
    expect(matchChoice('2', ctx.categories)).toBe('roads');
    expect(matchChoice(' street LIGHTING ', ctx.categories)).toBe('lighting');
    expect(matchChoice('ไฟฟ้าส่องสว่างสาธาร…', ctx.categories)).toBe('lighting');
    expect(matchChoice('แสดงความคิดเห็น/เสนอ…', ctx.kinds)).toBe('suggestion');
    expect(matchChoice('ถ…', ctx.categories)).toBeUndefined();
    expect(matchChoice('0', ctx.categories)).toBeUndefined();
    expect(matchChoice('9', ctx.categories)).toBeUndefined();
    expect(matchChoice('ไฟ', ctx.categories)).toBeUndefined();
  });

  it('"send" files as soon as the kind and a description are there, counting category and place as skipped; without them it asks', () => {
    const early = continueDialogue(ctx, 'category', { kind: 'complaint', body: ['ไฟดับ'] }, { type: 'command', command: 'send' });
    expect(early).toMatchObject({ submit: true, draft: { category: null, location: null } });
    const noKind = continueDialogue(ctx, 'kind', { body: ['ไฟดับ'] }, { type: 'command', command: 'send' });
    expect(noKind.submit).toBeUndefined();
    expect(noKind.step).toBe('kind');
    const noBody = continueDialogue(
      ctx,
      'details',
      { kind: 'complaint', category: null, location: null, body: [] },
      {
        type: 'command',
        command: 'send',
      },
    );
    expect(noBody).toMatchObject({ step: 'details' });
    expect(noBody.submit).toBeUndefined();
  });

  it('text that is not a choice becomes part of the description; a location message fills the place at any step', () => {
    let turn = continueDialogue(ctx, 'kind', { body: [] }, { type: 'text', text: 'หลอดไฟเสีย 3 ดวง' });
    expect(turn).toMatchObject({ step: 'kind', draft: { body: ['หลอดไฟเสีย 3 ดวง'] } });
    turn = continueDialogue(ctx, 'kind', turn.draft, { type: 'location', lat: 13.75, lng: 100.5, text: 'หน้าวัด' });
    expect(turn.draft.location).toEqual({ text: 'หน้าวัด', lat: 13.75, lng: 100.5 });
    turn = continueDialogue(ctx, 'kind', turn.draft, { type: 'choice', field: 'kind', value: 'nonsense' });
    expect(turn.draft.kind).toBeUndefined();
    turn = continueDialogue(ctx, 'kind', turn.draft, { type: 'choice', field: 'kind', value: 'complaint' });
    turn = continueDialogue(ctx, 'category', turn.draft, { type: 'choice', field: 'category', value: 'roads' });
    expect(turn.step).toBe('confirm');
    expect(texts(turn)).toMatch(/ร้องเรียน\/ร้องทุกข์[\s\S]*ถนน ทางเท้า สะพาน[\s\S]*หน้าวัด[\s\S]*หลอดไฟเสีย 3 ดวง/);
  });

  it('takes a phone number in Thai forms or an email for contact, and refuses anything else', () => {
    expect(parseContact('081-234-5678')).toEqual({ phone: '0812345678' });
    expect(parseContact('+66 81 234 5678')).toEqual({ phone: '0812345678' });
    expect(parseContact('02 123 4567')).toEqual({ phone: '021234567' });
    expect(parseContact('somchai@example.co.th')).toEqual({ email: 'somchai@example.co.th' });
    for (const bad of ['12345', 'ไม่มี', 'a@b', '0812345678901', '']) expect(parseContact(bad)).toBeUndefined();
  });

  it('titles a case with the first line of the description, shortened by characters, not UTF-16 units', () => {
    expect(draftTitle({ body: ['บรรทัดแรก\nบรรทัดสอง'] })).toBe('บรรทัดแรก');
    const long = '😀'.repeat(100);
    expect(Array.from(draftTitle({ body: [long] }))).toHaveLength(81);
  });
});
