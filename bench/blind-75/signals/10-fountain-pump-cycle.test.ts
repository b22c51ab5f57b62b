// expect: none
// The tests deliberately abort and then assert the AbortError/TimeoutError reached them; no abort is caught and ignored, and the cycle promise is awaited right after abort().
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(expected: number): void;
  rejects: { toMatchObject(expected: Record<string, unknown>): Promise<void> };
};

interface CycleResult {
  basin: string;
  litresPumped: number;
  jetsFired: number;
}

interface PumpScheduler {
  runCycle(basin: string, options: { signal?: AbortSignal; jets?: number }): Promise<CycleResult>;
  activeValves(): string[];
  dispose(): Promise<void>;
}

declare function createScheduler(options: { simulated: true; flowLpm: number }): PumpScheduler;

describe('fountain pump cycles', () => {
  let scheduler: PumpScheduler;
  let controller: AbortController;

  beforeEach(() => {
    scheduler = createScheduler({ simulated: true, flowLpm: 120 });
    controller = new AbortController();
  });

  afterEach(async () => {
    controller.abort();
    await scheduler.dispose();
  });

  it('pumps water through every jet on a full cycle', async () => {
    const result = await scheduler.runCycle('north-basin', { signal: controller.signal, jets: 6 });
    expect(result.jetsFired).toBe(6);
    expect(result.litresPumped).toBeGreaterThan(0);
  });

  it('rejects with AbortError when the cycle is cancelled', async () => {
    const cycle = scheduler.runCycle('north-basin', { signal: controller.signal, jets: 6 });
    controller.abort();
    await expect(cycle).rejects.toMatchObject({ name: 'AbortError' });
    expect(scheduler.activeValves()).toEqual([]);
  });

  it('surfaces a timeout as TimeoutError', async () => {
    const outcome = await scheduler.runCycle('south-basin', { signal: AbortSignal.timeout(5), jets: 40 }).then(
      () => 'completed',
      (err: unknown) => (err instanceof Error ? err.name : 'unknown'),
    );
    expect(outcome).toBe('TimeoutError');
    expect(scheduler.activeValves()).toEqual([]);
  });

  it('does not start when the signal is already aborted', async () => {
    controller.abort(new DOMException('closed for the night', 'AbortError'));
    await expect(scheduler.runCycle('east-basin', { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
