import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toast, toastError, useToasts } from '../../../renderer/ui/toasts';

beforeEach(() => {
  vi.useFakeTimers();
  for (const t of useToasts.getState().toasts) useToasts.getState().dismiss(t.id);
});
afterEach(() => vi.useRealTimers());

const shown = () => useToasts.getState().toasts.map((t) => [t.text, t.count]);

describe('toasts', () => {
  it('collapse a repeated message into one that counts up, and keep it a full five seconds after the last', () => {
    toast('已撤销');
    vi.advanceTimersByTime(4000);
    toast('已撤销');
    toast('已撤销');
    expect(shown()).toEqual([['已撤销', 3]]);
    vi.advanceTimersByTime(4000);
    expect(shown()).toEqual([['已撤销', 3]]);
    vi.advanceTimersByTime(1001);
    expect(shown()).toEqual([]);
  });

  it('keep different messages apart, at most three at once, and an error is not a repeat of info', () => {
    toast('已撤销');
    toast('已重做');
    toastError('已撤销');
    toast('已导入');
    expect(shown()).toEqual([
      ['已重做', 1],
      ['已撤销', 1],
      ['已导入', 1],
    ]);
  });

  it('let the newest Undo button run the newest action', () => {
    const first = vi.fn();
    const second = vi.fn();
    toast('已删除', { label: '撤销', run: first });
    toast('已删除', { label: '撤销', run: second });
    const [only] = useToasts.getState().toasts;
    only!.action!.run();
    expect(second).toHaveBeenCalledOnce();
    expect(first).not.toHaveBeenCalled();
  });
});
