import { describe, expect, it } from 'vitest';
import { unusedWorkshopName } from '../../../shared/workshopNames';

describe('a new workshop’s name beside the library’s', () => {
  it('is the name itself when free, else numbered as a file manager numbers a second copy', () => {
    expect(unusedWorkshopName('海格物流研讨会', ['别的研讨会'])).toBe('海格物流研讨会');
    expect(unusedWorkshopName('海格物流研讨会', ['海格物流研讨会'])).toBe('海格物流研讨会 (2)');
    expect(unusedWorkshopName('海格物流研讨会', ['海格物流研讨会', '海格物流研讨会 (2)', '海格物流研讨会 (3)'])).toBe('海格物流研讨会 (4)');
  });

  it('counts on from a name that is already numbered, never "(2) (2)"', () => {
    expect(unusedWorkshopName('Workshop (2)', ['Workshop', 'Workshop (2)'])).toBe('Workshop (3)');
    expect(unusedWorkshopName('Plan (v2)', ['Plan (v2)'])).toBe('Plan (v2) (2)');
  });

  it('compares names as the same text however they were composed (NFC)', () => {
    expect(unusedWorkshopName('Cafe\u0301', ['Café'])).toBe('Café (2)');
  });

  it('stays within 200 characters without cutting a character in half', () => {
    const long = `${'研'.repeat(197)}𠮷`; // 199 UTF-16 units
    const next = unusedWorkshopName(long, [long]);
    expect(next.length).toBeLessThanOrEqual(200);
    expect(next.endsWith(' (2)')).toBe(true);
    expect(next).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
