// expect: none
// firingComplete listens for 'complete', 'fault' and 'cancelled' with one shared AbortController, so whichever fires first settles and removes the rest.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface FiringSummary {
  programme: string;
  peakC: number;
  minutes: number;
}

class FakeKiln extends EventTarget {
  listeners = 0;

  override addEventListener(type: string, cb: EventListenerOrEventListenerObject | null, options?: AddEventListenerOptions | boolean): void {
    this.listeners++;
    if (typeof options === 'object' && options.signal) {
      options.signal.addEventListener('abort', () => this.listeners--, { once: true });
    }
    super.addEventListener(type, cb, options);
  }

  finish(summary: FiringSummary): void {
    this.dispatchEvent(new CustomEvent<FiringSummary>('complete', { detail: summary }));
  }

  fail(reason: string): void {
    this.dispatchEvent(new CustomEvent<string>('fault', { detail: reason }));
  }

  cancel(): void {
    this.dispatchEvent(new Event('cancelled'));
  }
}

function firingComplete(kiln: EventTarget): Promise<FiringSummary> {
  return new Promise<FiringSummary>((resolve, reject) => {
    const done = new AbortController();
    const opts = { signal: done.signal };

    kiln.addEventListener(
      'complete',
      (event) => {
        done.abort();
        resolve((event as CustomEvent<FiringSummary>).detail);
      },
      opts,
    );
    kiln.addEventListener(
      'fault',
      (event) => {
        done.abort();
        reject(new Error(`kiln fault: ${(event as CustomEvent<string>).detail}`));
      },
      opts,
    );
    kiln.addEventListener(
      'cancelled',
      () => {
        done.abort();
        reject(new Error('firing cancelled at the controller'));
      },
      opts,
    );
  });
}

describe('firingComplete', () => {
  let kiln: FakeKiln;

  beforeEach(() => {
    kiln = new FakeKiln();
  });

  it('resolves with the summary of a full slump firing', async () => {
    const done = firingComplete(kiln);
    kiln.finish({ programme: 'slump-677', peakC: 677, minutes: 412 });
    expect(await done).toEqual({ programme: 'slump-677', peakC: 677, minutes: 412 });
    expect(kiln.listeners).toBe(0);
  });

  it('rejects on a thermocouple fault', async () => {
    const done = firingComplete(kiln);
    kiln.fail('thermocouple open circuit');
    await expect(done).rejects.toThrow(/thermocouple/);
    expect(kiln.listeners).toBe(0);
  });

  it('rejects when the firing is cancelled', async () => {
    const done = firingComplete(kiln);
    kiln.cancel();
    await expect(done).rejects.toThrow('firing cancelled at the controller');
  });

  it('ignores a fault reported after completion', async () => {
    const done = firingComplete(kiln);
    kiln.finish({ programme: 'tack-fuse', peakC: 740, minutes: 380 });
    kiln.fail('door opened');
    expect((await done).programme).toBe('tack-fuse');
  });
});
