import { describe, expect, it } from 'vitest';
import { exportInput } from '../../../shared/export/input';
import { translator } from '../../../electron/export/translate';
import { loadTemplates } from '../../../electron/service/templates';

describe('export input', () => {
  it('speaks the workshop language, whatever the interface speaks', () => {
    expect(translator('zh-CN')('common:export.csvTables.accounts')).toBe('客户');
    expect(translator('en')('common:export.csvTables.accounts')).toBe('accounts');
    expect(translator('en')('coverage:units.people', { count: 2, value: '2' })).toBe('2\u00a0people');
  });

  it('lists a template workshop’s records by type, ordered types in board order', () => {
    const template = loadTemplates().find((t) => t.language === 'zh-CN' && t.id.startsWith('sales'))!;
    const input = exportInput({
      workshop: { id: 'w', name: 'W', client: 'C', language: 'zh-CN', templateId: template.id, version: 0, createdAt: '', updatedAt: '' },
      records: [...template.records].reverse(),
      at: new Date(0),
      t: translator('zh-CN'),
    });
    const orders = input.records.segment.map((s) => s.order);
    expect(orders.length).toBeGreaterThan(3);
    expect([...orders].sort()).toEqual(orders);
    expect(input.settings?.type).toBe('settings');
    const total = Object.values(input.records).reduce((n, l) => n + l.length, 0);
    expect(total).toBe(template.records.length);
  });
});
