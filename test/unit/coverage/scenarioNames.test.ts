import { describe, expect, it } from 'vitest';
import { nameForCopy } from '../../../renderer/boards/coverage/scenarioNames';

const zhCopy = (n: string) => `${n} 副本`;

describe('names for a duplicated plan', () => {
  it('takes the next free letter, as consultants label alternatives', () => {
    expect(nameForCopy('方案 A', ['方案 A'], zhCopy)).toBe('方案 B');
    expect(nameForCopy('Plan A', ['Plan A', 'Plan B'], zhCopy)).toBe('Plan C');
    expect(nameForCopy('方案 B', ['方案 A', '方案 B', '方案 C'], zhCopy)).toBe('方案 D');
  });

  it('falls back to a numbered copy name when there is no letter to advance', () => {
    expect(nameForCopy('纯线上方案', ['纯线上方案'], zhCopy)).toBe('纯线上方案 副本');
    expect(nameForCopy('纯线上方案', ['纯线上方案', '纯线上方案 副本'], zhCopy)).toBe('纯线上方案 副本 2');
    expect(nameForCopy('Plan Z', ['Plan Z'], (n) => `${n} (copy)`)).toBe('Plan Z (copy)');
  });
});
