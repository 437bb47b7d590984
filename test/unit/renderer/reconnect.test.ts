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
    vi.stubGlobal('window', {}); // a page that opened no stream before the app's code ran
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

  it('takes over the stream the page opened before its snapshot, with the events that came meanwhile, once', () => {
    vi.stubGlobal('EventSource', FakeSource);
    const early = new FakeSource('/api/events?token=tok');
    const change = { kind: 'library' };
    vi.stubGlobal('window', { __salesmapEarlyStream: { source: early, opened: true, buffered: [JSON.stringify(change)] } });
    const bridge = createHttpBridge('tok');
    const seen: ChangeEvent[] = [];
    bridge.onEvent((e) => seen.push(e));
    expect(seen).toEqual([change]); // the change committed between the snapshot and this code
    early.onopen!(); // it had opened already: opening again is a reconnection
    expect(seen).toEqual([change, { kind: 'reconnected' }]);
    // A second subscriber gets a stream of its own; the early one is not handed out twice.
    bridge.onEvent(() => undefined);
    expect(FakeSource.last).not.toBe(early);
  });
});
