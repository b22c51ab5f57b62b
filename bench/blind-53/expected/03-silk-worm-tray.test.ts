// expect: none
// withRetry takes a factory and calls it on every attempt, and the tests pass functions only where withRetry and vi.fn expect functions.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl?: (...args: A) => R): ((...args: A) => R) & {
    mock: { calls: A[] };
    mockRejectedValueOnce(err: unknown): unknown;
  };
};

interface TrayClimate {
  trayId: string;
  tempC: number;
  humidity: number;
  mulberryLeavesG: number;
}

async function withRetry<T>(attempt: () => Promise<T>, tries: number, backoffMs = 1): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, backoffMs * 2 ** i));
    }
  }
  throw lastError;
}

function feedingGrams(climate: TrayClimate, instar: number): number {
  // later instars eat far more; cool trays slow digestion
  const base = [5, 12, 30, 80, 220][instar - 1] ?? 0;
  return climate.tempC < 22 ? Math.round(base * 0.8) : base;
}

describe('silk worm tray climate polling', () => {
  let readClimate: ReturnType<typeof vi.fn<[string], Promise<TrayClimate>>>;

  beforeEach(() => {
    readClimate = vi.fn(async (trayId: string) => ({
      trayId,
      tempC: 25,
      humidity: 0.78,
      mulberryLeavesG: 140,
    }));
  });

  it('returns the first successful reading', async () => {
    const climate = await withRetry(() => readClimate('T-4'), 3);
    expect(climate.trayId).toBe('T-4');
    expect(readClimate).toHaveBeenCalledTimes(1);
  });

  it('issues a fresh sensor read after a transient failure', async () => {
    readClimate.mockRejectedValueOnce(new Error('i2c bus busy'));
    readClimate.mockRejectedValueOnce(new Error('i2c bus busy'));
    const climate = await withRetry(() => readClimate('T-9'), 3);
    expect(climate.humidity).toBe(0.78);
    expect(readClimate).toHaveBeenCalledTimes(3);
  });

  it('gives up after the configured number of tries', async () => {
    const broken = vi.fn(async (): Promise<TrayClimate> => {
      throw new Error('sensor unplugged');
    });
    await expect(withRetry(broken, 2)).rejects.toThrow('sensor unplugged');
    expect(broken).toHaveBeenCalledTimes(2);
  });

  it('reads several trays in parallel for the feeding round', async () => {
    const trays = await Promise.all([readClimate('T-1'), readClimate('T-2'), readClimate('T-3')]);
    const grams = trays.map((t) => feedingGrams(t, 4));
    expect(grams).toEqual([80, 80, 80]);
    expect(readClimate.mock.calls.map(([id]) => id)).toEqual(['T-1', 'T-2', 'T-3']);
  });

  it('scales feeding down for a cool tray', async () => {
    const cool = await withRetry(async () => ({ ...(await readClimate('T-7')), tempC: 20 }), 1);
    expect(feedingGrams(cool, 5)).toBe(176);
  });
});
