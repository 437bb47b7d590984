import { describe, expect, it } from 'vitest';
import { mixTagParts, shortRoleName, shortRoleNames } from '../../../renderer/boards/coverage/roleText';

/**
 * The coverage board's motion header names its role mix by the room's roles (the cadence board's
 * role records), short enough for a projector column: the tag the room reads, derived from the
 * names the room gave, never a fixed translation.
 */
describe('the mix tag’s short role names', () => {
  it('keeps a short name as the room wrote it', () => {
    for (const name of ['猎手', '农夫', '辅导员', 'BD', 'Hunter', 'Farmer', 'Coach', '客户经理', 'BD经理']) expect(shortRoleName(name)).toBe(name);
  });

  it('drops a bracketed note, then a Chinese title ending, else keeps the first three characters', () => {
    expect(shortRoleName('客户经理（农夫）')).toBe('客户经理');
    expect(shortRoleName('新客户经理')).toBe('新客户');
    expect(shortRoleName('区域销售代表')).toBe('区域销售');
    expect(shortRoleName('大客户销售代表')).toBe('大客户');
    expect(shortRoleName('行业解决方案架构师')).toBe('行业解');
  });

  it('shortens a Chinese name of several titles to its first, cut between words', () => {
    expect(shortRoleName('专属客户主管/总监')).toBe('专属客户');
    expect(shortRoleName('客户经理/顾问')).toBe('客户经理');
    expect(shortRoleName('大客户销售代表·华南')).toBe('大客户');
  });

  it('gives an English name of several words its initials, one long word its first four letters', () => {
    expect(shortRoleName('Key account manager')).toBe('KAM');
    expect(shortRoleName('Business development')).toBe('BD');
    expect(shortRoleName('Head of sales')).toBe('HS');
    expect(shortRoleName('Specialist')).toBe('Spec.');
    expect(shortRoleName('Account manager (farmer)')).toBe('AM');
  });

  it('keeps the full names of two roles that would read the same', () => {
    expect(shortRoleNames({ hunter: 'Key account manager', farmer: 'Key alliance manager', coach: 'Coach' })).toEqual({
      hunter: 'Key account manager',
      farmer: 'Key alliance manager',
      coach: 'Coach',
    });
  });

  it('lists the roles with a share, each with its value', () => {
    const t = (key: string, v?: Record<string, unknown>) => (key === 'rolesShort.part' ? `${String(v!.role)} ${String(v!.value)}` : key);
    const short = shortRoleNames({ hunter: '新客户经理', farmer: 'BD', coach: '辅导员' });
    expect(mixTagParts(short, { hunter: 50, farmer: 50, coach: 0 }, String, t)).toEqual(['新客户 50', 'BD 50']);
    expect(mixTagParts(short, { hunter: 0, farmer: 0, coach: 0 }, String, t)).toEqual([]);
  });
});
