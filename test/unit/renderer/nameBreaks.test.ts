import { describe, expect, it } from 'vitest';
import { nameParts } from '../../../renderer/ui/nameBreaks';

describe('nameParts: where a short name may wrap', () => {
  it('after its own separators, never between two characters of one part', () => {
    expect(nameParts('专属客户主管/总监')).toEqual(['专属客户主管/', '总监']);
    expect(nameParts('伙伴·渠道、分销')).toEqual(['伙伴·', '渠道、', '分销']);
    expect(nameParts('Web / online self-service')).toEqual(['Web /', ' online self-', 'service']);
    expect(nameParts('负责人：大客户部总经理')).toEqual(['负责人：', '大客户部总经理']);
  });
  it('before a bracketed note, not after a space that already breaks', () => {
    expect(nameParts('区域销售代表（面对面）')).toEqual(['区域销售代表', '（面对面）']);
    expect(nameParts('Integrated (very large) accounts')).toEqual(['Integrated (very large) accounts']);
  });
  it('a name without separators stays one part; the parts always join to the name', () => {
    expect(nameParts('行业大客户及其他大型客户')).toEqual(['行业大客户及其他大型客户']);
    for (const name of ['', '/', '（注）', 'A/B·C、D（E）', '猎手']) expect(nameParts(name).join('')).toBe(name);
  });
});
