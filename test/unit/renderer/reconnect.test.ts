import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from '../../../renderer/api/httpBridge';
import type { ChangeEvent } from '../../../shared/events';

/** A stand-in for the browser's EventSource: the test opens, drops and reopens the stream. */
class FakeSource {
  static last: FakeSource | null = null;
  onopen: (() => void) | null = null;
  onmessage: ((m: { data: string }) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSource.last = this;
  }
  close() {
    this.closed = true;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('the browser’s event stream after a break', () => {
  it('says "reconnected" each time it opens again (never on the first opening), so the page reads what it missed', () => {
    vi.stubGlobal('EventSource', FakeSource);
    const seen: ChangeEvent[] = [];
    const stop = createHttpBridge('tok').onEvent((e) => seen.push(e));
    const source = FakeSource.last!;
    expect(source.url).toBe('/api/events?token=tok');
    source.onopen!();
    source.onmessage!({ data: JSON.stringify({ kind: 'library' }) });
    expect(seen).toEqual([{ kind: 'library' }]);
    // The laptop slept; EventSource reconnected by itself.
    source.onopen!();
    source.onopen!();
    expect(seen).toEqual([{ kind: 'library' }, { kind: 'reconnected' }, { kind: 'reconnected' }]);
    stop();
    expect(source.closed).toBe(true);
  });
});
