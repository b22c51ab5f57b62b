// expect: none
// The interval and the deadline timer are both cleared by a guarded done() on success, probe failure and timeout, so the promise settles once and nothing keeps firing.
export interface CoreProbeClient {
  readCoreCelsius(blockId: string): Promise<number>;
}

export interface ChillWaitOptions {
  intervalMs: number;
  timeoutMs: number;
}

export interface ChillLog {
  info(msg: string): void;
}

export class ChillTimeoutError extends Error {
  constructor(
    readonly blockId: string,
    readonly lastReading: number | undefined,
  ) {
    super(`ice block ${blockId} did not chill in time (last reading ${lastReading ?? 'n/a'}°C)`);
    this.name = 'ChillTimeoutError';
  }
}

export function waitForCoreTemperature(
  probe: CoreProbeClient,
  blockId: string,
  maxCelsius: number,
  opts: ChillWaitOptions,
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let settled = false;
    let inFlight = false;
    let lastReading: number | undefined;

    const interval = setInterval(() => {
      if (inFlight) return;
      inFlight = true;
      probe.readCoreCelsius(blockId).then(
        (celsius) => {
          inFlight = false;
          lastReading = celsius;
          if (celsius <= maxCelsius) done(() => resolve(celsius));
        },
        (err: unknown) => {
          inFlight = false;
          done(() => reject(err));
        },
      );
    }, opts.intervalMs);

    const deadline = setTimeout(() => {
      done(() => reject(new ChillTimeoutError(blockId, lastReading)));
    }, opts.timeoutMs);

    function done(settle: () => void): void {
      if (settled) return;
      settled = true;
      clearInterval(interval);
      clearTimeout(deadline);
      settle();
    }
  });
}

export async function readyBlocksForCarving(
  probe: CoreProbeClient,
  blockIds: string[],
  log: ChillLog,
): Promise<Map<string, number>> {
  const ready = new Map<string, number>();
  for (const blockId of blockIds) {
    const celsius = await waitForCoreTemperature(probe, blockId, -8, {
      intervalMs: 2_000,
      timeoutMs: 10 * 60_000,
    });
    log.info(`block ${blockId} ready at ${celsius}°C`);
    ready.set(blockId, celsius);
  }
  return ready;
}
