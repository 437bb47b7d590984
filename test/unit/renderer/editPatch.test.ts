import { describe, expect, it } from 'vitest';
import { editPatch } from '../../../renderer/ui/editPatch';

/** A record shaped like the ones the edit dialogs write (a segment's rules, a route's questions). */
const opened = {
  name: '超大型客户',
  painPoints: '',
  rules: { revenueMin: 1000 as number | null, revenueMax: null as number | null, industries: ['制造'] },
  questions: [
    { answer: '', done: false },
    { answer: '', done: false },
  ],
};
type Rec = typeof opened;

describe('editPatch: what an edit dialog sends on Save', () => {
  it('sends nothing when the user changed nothing, even if another window changed the record', () => {
    const latest: Rec = { ...opened, name: '集团客户' };
    expect(editPatch(opened, { ...opened }, latest)).toEqual({});
  });

  it('sends only the fields the user changed, so another window’s change to another field survives', () => {
    const latest: Rec = { ...opened, name: '集团客户' };
    const patch = editPatch(opened, { ...opened, painPoints: '一个对接窗口' }, latest);
    expect(patch).toEqual({ painPoints: '一个对接窗口' });
    expect({ ...latest, ...patch }).toMatchObject({ name: '集团客户', painPoints: '一个对接窗口' });
  });

  it('merges a nested object into the latest record: two windows, two different rules', () => {
    const latest: Rec = { ...opened, rules: { ...opened.rules, industries: ['制造', '金融'] } };
    const draft: Rec = { ...opened, rules: { ...opened.rules, revenueMin: 500 } };
    expect(editPatch(opened, draft, latest)).toEqual({ rules: { revenueMin: 500, revenueMax: null, industries: ['制造', '金融'] } });
  });

  it('keeps the slots of a fixed list of records: two windows answer two different questions', () => {
    const latest: Rec = { ...opened, questions: [opened.questions[0]!, { answer: 'B 的回答', done: true }] };
    const draft: Rec = { ...opened, questions: [{ answer: 'A 的回答', done: false }, opened.questions[1]!] };
    expect(editPatch(opened, draft, latest).questions).toEqual([
      { answer: 'A 的回答', done: false },
      { answer: 'B 的回答', done: true },
    ]);
  });

  it('sends a list of values (tags) whole, as the user left it', () => {
    const latest: Rec = { ...opened, rules: { ...opened.rules, industries: ['金融'] } };
    const draft: Rec = { ...opened, rules: { ...opened.rules, industries: ['汽车'] } };
    expect(editPatch(opened, draft, latest).rules?.industries).toEqual(['汽车']);
  });

  it('the user’s value wins on the field both windows changed (last save wins, as in a spreadsheet)', () => {
    const latest: Rec = { ...opened, name: 'B' };
    expect(editPatch(opened, { ...opened, name: 'A' }, latest)).toEqual({ name: 'A' });
  });
});
