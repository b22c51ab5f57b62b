// expect: no-swallowed-abort
// bug: the `pollUntil` test helper treats every error from `probe(signal)` as "not ready yet", so an AbortError is swallowed and polling carries on until the helper's own deadline.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

interface AutoclaveState {
  phase: 'loading' | 'venting' | 'sterilising' | 'cooling' | 'done';
  chamberCelsius: number;
  psi: number;
}

class SimulatedAutoclave {
  private ticks = 0;
  constructor(private readonly ticksToDone: number) {}

  async read(signal?: AbortSignal): Promise<AutoclaveState> {
    signal?.throwIfAborted();
    await new Promise((resolve) => setTimeout(resolve, 1));
    this.ticks += 1;
    const progress = Math.min(1, this.ticks / this.ticksToDone);
    if (progress >= 1) return { phase: 'done', chamberCelsius: 45, psi: 0 };
    if (progress > 0.7) return { phase: 'cooling', chamberCelsius: 90, psi: 5 };
    if (progress > 0.3) return { phase: 'sterilising', chamberCelsius: 121, psi: 15 };
    return { phase: 'venting', chamberCelsius: 100, psi: 2 };
  }
}

async function pollUntil<T>(
  probe: (signal: AbortSignal) => Promise<T>,
  done: (value: T) => boolean,
  { signal, intervalMs = 2, timeoutMs = 500 }: { signal: AbortSignal; intervalMs?: number; timeoutMs?: number },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    try {
      last = await probe(signal);
      if (done(last)) return last;
    } catch {
      // probe not ready yet; keep polling
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms (last: ${JSON.stringify(last)})`);
}

describe('spawn bag sterilisation cycle', () => {
  let autoclave: SimulatedAutoclave;
  let controller: AbortController;

  beforeEach(() => {
    autoclave = new SimulatedAutoclave(20);
    controller = new AbortController();
  });

  it('reaches the done phase after holding at 121°C', async () => {
    let sawSterilising = false;
    const final = await pollUntil(
      (signal) => autoclave.read(signal),
      (state) => {
        if (state.phase === 'sterilising') sawSterilising = state.chamberCelsius >= 121;
        return state.phase === 'done';
      },
      { signal: controller.signal },
    );
    expect(sawSterilising).toBe(true);
    expect(final).toEqual({ phase: 'done', chamberCelsius: 45, psi: 0 });
  });

  it('stops polling when the run is cancelled', async () => {
    setTimeout(() => controller.abort(), 5);
    let error: unknown;
    try {
      await pollUntil((signal) => autoclave.read(signal), (state) => state.phase === 'done', {
        signal: controller.signal,
        timeoutMs: 2_000,
      });
    } catch (err) {
      error = err;
    }
    expect((error as Error).name).toBe('AbortError');
  });

  it('keeps pressure above 15 psi while sterilising', async () => {
    const state = await pollUntil((signal) => autoclave.read(signal), (s) => s.phase === 'sterilising', {
      signal: controller.signal,
    });
    expect(state.psi).toBeGreaterThan(14);
  });
});
