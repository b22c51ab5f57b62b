// expect: none
// tensionLine's callback wrapper returns right after each reject, so a single winch callback settles the promise exactly once; the tests check one call per request.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  resolves: { toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<T extends (...args: any[]) => any>(impl?: T): T & { mock: { calls: unknown[][] } };
};

type WinchCallback = (err: Error | null, reading?: { tensionKn: number; lineOutM: number }) => void;

interface MooringWinch {
  tension(berth: string, targetKn: number, cb: WinchCallback): void;
}

interface TensionResult {
  berth: string;
  tensionKn: number;
  lineOutM: number;
  withinTolerance: boolean;
}

const TOLERANCE_KN = 0.5;

function tensionLine(winch: MooringWinch, berth: string, targetKn: number): Promise<TensionResult> {
  return new Promise<TensionResult>((resolve, reject) => {
    winch.tension(berth, targetKn, (err, reading) => {
      if (err) {
        reject(err);
        return;
      }
      if (!reading) {
        reject(new Error(`winch at ${berth} returned no reading`));
        return;
      }
      resolve({
        berth,
        tensionKn: reading.tensionKn,
        lineOutM: reading.lineOutM,
        withinTolerance: Math.abs(reading.tensionKn - targetKn) <= TOLERANCE_KN,
      });
    });
  });
}

describe('tensionLine', () => {
  let calls: number;
  let winch: MooringWinch;

  beforeEach(() => {
    calls = 0;
    winch = {
      tension: (berth, targetKn, cb) => {
        calls += 1;
        setImmediate(() => cb(null, { tensionKn: targetKn - 0.2, lineOutM: 14.5 }));
      },
    };
  });

  it('resolves with the winch reading', async () => {
    await expect(tensionLine(winch, 'B4', 12)).resolves.toEqual({
      berth: 'B4',
      tensionKn: 11.8,
      lineOutM: 14.5,
      withinTolerance: true,
    });
    expect(calls).toBe(1);
  });

  it('rejects when the winch reports an error', async () => {
    const failing: MooringWinch = {
      tension: (_berth, _kn, cb) => setImmediate(() => cb(new Error('brake engaged'))),
    };
    await expect(tensionLine(failing, 'B1', 9)).rejects.toThrow('brake engaged');
  });

  it('rejects when the winch answers with neither error nor reading', async () => {
    const silent: MooringWinch = { tension: (_b, _k, cb) => setImmediate(() => cb(null)) };
    await expect(tensionLine(silent, 'C2', 10)).rejects.toThrow(/no reading/);
  });

  it('flags readings outside tolerance', async () => {
    const slack: MooringWinch = {
      tension: (_b, _k, cb) => setImmediate(() => cb(null, { tensionKn: 6, lineOutM: 20 })),
    };
    const result = await tensionLine(slack, 'A7', 8);
    expect(result.withinTolerance).toBe(false);
  });

  it('calls the winch exactly once per request', async () => {
    const spy = vi.fn(winch.tension);
    await tensionLine({ tension: spy }, 'D3', 11);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
