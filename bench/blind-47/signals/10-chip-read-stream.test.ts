// expect: none
// readChips hands the signal to events.on and lets the AbortError escape; the tests expect that rejection instead of a quiet stop.
import { EventEmitter, on } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void>; toMatchObject(expected: object): Promise<void> };
};

interface ChipRead {
  chip: string;
  mat: string;
  rssi: number;
}

async function* readChips(mat: EventEmitter, options: { signal: AbortSignal; minRssi: number }): AsyncGenerator<ChipRead> {
  const seen = new Set<string>();
  for await (const [read] of on(mat, 'read', { signal: options.signal }) as AsyncIterableIterator<[ChipRead]>) {
    if (read.rssi < options.minRssi || seen.has(read.chip)) {
      continue;
    }
    seen.add(read.chip);
    yield read;
  }
}

async function collect(mat: EventEmitter, signal: AbortSignal, limit: number): Promise<string[]> {
  const chips: string[] = [];
  for await (const read of readChips(mat, { signal, minRssi: -70 })) {
    chips.push(read.chip);
    if (chips.length >= limit) {
      break;
    }
  }
  return chips;
}

describe('readChips', () => {
  let mat: EventEmitter;
  let controller: AbortController;

  beforeEach(() => {
    mat = new EventEmitter();
    controller = new AbortController();
  });

  it('deduplicates chips and drops weak reads', async () => {
    const collecting = collect(mat, controller.signal, 2);
    mat.emit('read', { chip: 'A1', mat: 'finish', rssi: -50 });
    mat.emit('read', { chip: 'A1', mat: 'finish', rssi: -48 });
    mat.emit('read', { chip: 'B2', mat: 'finish', rssi: -90 });
    mat.emit('read', { chip: 'C3', mat: 'finish', rssi: -60 });
    expect(await collecting).toEqual(['A1', 'C3']);
    expect(mat.listenerCount('read')).toBe(0);
  });

  it('propagates cancellation as an AbortError', async () => {
    const collecting = collect(mat, controller.signal, 10);
    mat.emit('read', { chip: 'D4', mat: 'start', rssi: -40 });
    controller.abort();
    await expect(collecting).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('surfaces mat hardware errors', async () => {
    const collecting = collect(mat, controller.signal, 10);
    mat.emit('error', new Error('antenna open circuit'));
    await expect(collecting).rejects.toThrow(/antenna open circuit/);
  });
});
