// expect: none
// waitForTrainClear forwards the caller's signal, removes its listeners and clears its timer in finally, and rethrows aborts untouched.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void>; toMatchObject(obj: object): Promise<void> };
};

type BlockEvent = CustomEvent<{ block: string; occupied: boolean }>;

class BlockTimeout extends Error {
  constructor(block: string, ms: number) {
    super(`block ${block} still occupied after ${ms}ms`);
    this.name = 'BlockTimeout';
  }
}

async function waitForTrainClear(bus: EventTarget, block: string, timeoutMs: number, signal: AbortSignal): Promise<number> {
  signal.throwIfAborted();
  const started = performance.now();
  let onChange: ((e: Event) => void) | undefined;
  let onAbort: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      new Promise<void>((resolve) => {
        onChange = (e) => {
          const { detail } = e as BlockEvent;
          if (detail.block === block && !detail.occupied) resolve();
        };
        bus.addEventListener('block', onChange);
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new BlockTimeout(block, timeoutMs)), timeoutMs);
      }),
      new Promise<never>((_, reject) => {
        onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
      }),
    ]);
    return performance.now() - started;
  } finally {
    clearTimeout(timer);
    if (onChange) bus.removeEventListener('block', onChange);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

function emitBlock(bus: EventTarget, block: string, occupied: boolean): void {
  bus.dispatchEvent(new CustomEvent('block', { detail: { block, occupied } }));
}

describe('waitForTrainClear', () => {
  let bus: EventTarget;
  let controller: AbortController;

  beforeEach(() => {
    bus = new EventTarget();
    controller = new AbortController();
  });

  it('resolves when the brake run block clears', async () => {
    setTimeout(() => emitBlock(bus, 'brake-run', false), 5);
    const waited = await waitForTrainClear(bus, 'brake-run', 500, controller.signal);
    expect(waited < 500).toBe(true);
  });

  it('ignores other blocks', async () => {
    setTimeout(() => emitBlock(bus, 'lift-hill', false), 1);
    await expect(waitForTrainClear(bus, 'station', 20, controller.signal)).rejects.toThrow(/still occupied/);
  });

  it('surfaces the operator e-stop as an abort', async () => {
    setTimeout(() => controller.abort(new DOMException('operator e-stop', 'AbortError')), 5);
    await expect(waitForTrainClear(bus, 'mcbr', 1_000, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('does not start when the ride is already stopped', async () => {
    controller.abort();
    await expect(waitForTrainClear(bus, 'station', 1_000, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
