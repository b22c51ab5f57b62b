// expect: none
// pollUntilOnline takes a reader function and calls it on every attempt; the tests pass the mock itself where a function is expected and call it where a value is.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
interface Mock<R> {
  (): Promise<R>;
  mockResolvedValueOnce(value: R): Mock<R>;
  mockRejectedValueOnce(error: unknown): Mock<R>;
}
declare const vi: { fn<R>(): Mock<R> };

interface InverterState {
  inverterId: string;
  online: boolean;
  acOutputKw: number;
  dustDerating: number;
}

interface ArrayInventory {
  strings: number;
  panelsPerString: number;
  soilingIndex: number;
}

async function pollUntilOnline(
  read: () => Promise<InverterState>,
  { attempts, intervalMs }: { attempts: number; intervalMs: number },
): Promise<InverterState> {
  let last: InverterState | undefined;
  for (let i = 0; i < attempts; i++) {
    last = await read();
    if (last.online) return last;
    await sleep(intervalMs);
  }
  throw new Error(`inverter ${last?.inverterId ?? '?'} still offline after ${attempts} reads`);
}

async function inventoryFor(
  loadStrings: () => Promise<{ strings: number; panelsPerString: number }>,
  loadSoiling: () => Promise<number>,
): Promise<ArrayInventory> {
  const [layout, soilingIndex] = await Promise.all([loadStrings(), loadSoiling()]);
  return { ...layout, soilingIndex };
}

const offline: InverterState = { inverterId: 'INV-12', online: false, acOutputKw: 0, dustDerating: 0 };
const online: InverterState = { inverterId: 'INV-12', online: true, acOutputKw: 212.4, dustDerating: 0.07 };

describe('desert array inverters', () => {
  let reader: Mock<InverterState>;

  beforeEach(() => {
    reader = vi.fn<InverterState>();
  });

  it('reads again until the inverter reports online', async () => {
    reader.mockResolvedValueOnce(offline).mockResolvedValueOnce(offline).mockResolvedValueOnce(online);
    const state = await pollUntilOnline(reader, { attempts: 5, intervalMs: 1 });
    expect(state.acOutputKw).toBe(212.4);
    expect(reader).toHaveBeenCalledTimes(3);
  });

  it('gives up after the configured number of reads', async () => {
    for (let i = 0; i < 3; i++) reader.mockResolvedValueOnce(offline);
    await expect(pollUntilOnline(reader, { attempts: 3, intervalMs: 1 })).rejects.toThrow(/still offline/);
    expect(reader).toHaveBeenCalledTimes(3);
  });

  it('propagates a read failure without retrying it', async () => {
    reader.mockRejectedValueOnce(new Error('modbus timeout'));
    await expect(pollUntilOnline(reader, { attempts: 3, intervalMs: 1 })).rejects.toThrow('modbus timeout');
    expect(reader).toHaveBeenCalledTimes(1);
  });
});

describe('array inventory', () => {
  it('combines layout and soiling readings', async () => {
    const strings = vi.fn<{ strings: number; panelsPerString: number }>();
    const soiling = vi.fn<number>();
    strings.mockResolvedValueOnce({ strings: 480, panelsPerString: 28 });
    soiling.mockResolvedValueOnce(0.31);

    const inventory = await inventoryFor(strings, soiling);
    expect(inventory).toEqual({ strings: 480, panelsPerString: 28, soilingIndex: 0.31 });
    expect(strings).toHaveBeenCalledTimes(1);
    expect(soiling).toHaveBeenCalledTimes(1);
  });
});
