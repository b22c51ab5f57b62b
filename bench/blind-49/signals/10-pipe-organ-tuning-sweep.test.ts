// expect: none
// The tuning sweep checks the signal between pipes and listens for 'abort' to cut a pending wait short, removing the listener and timer afterwards; the tests cover both.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeLessThan(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void>; toMatchObject(shape: object): Promise<void> };
};

interface PipeMeasurement {
  rank: string;
  note: string;
  centsOff: number;
}

type Microphone = (rank: string, note: string) => number;

function settle(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

async function tuningSweep(
  rank: string,
  notes: string[],
  mic: Microphone,
  signal: AbortSignal,
  settleMs = 2,
): Promise<PipeMeasurement[]> {
  const out: PipeMeasurement[] = [];
  for (const note of notes) {
    signal.throwIfAborted();
    await settle(settleMs, signal);
    out.push({ rank, note, centsOff: mic(rank, note) });
  }
  return out;
}

const NOTES = ['C2', 'C#2', 'D2', 'D#2', 'E2', 'F2'];

describe('tuningSweep', () => {
  let heard: string[];
  let mic: Microphone;

  beforeEach(() => {
    heard = [];
    mic = (rank, note) => {
      heard.push(note);
      return note.includes('#') ? 4 : -1;
    };
  });

  it('measures every pipe in the rank', async () => {
    const result = await tuningSweep('Open Diapason 8', NOTES, mic, new AbortController().signal);
    expect(result.map((m) => m.note)).toEqual(NOTES);
    expect(result.filter((m) => Math.abs(m.centsOff) > 3).length).toBe(2);
  });

  it('stops mid-rank when the organist cancels', async () => {
    const controller = new AbortController();
    const cancelling: Microphone = (rank, note) => {
      const cents = mic(rank, note);
      if (note === 'D2') controller.abort(new DOMException('sweep cancelled', 'AbortError'));
      return cents;
    };
    await expect(tuningSweep('Principal 4', NOTES, cancelling, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(heard).toEqual(['C2', 'C#2', 'D2']);
  });

  it('cuts a long settle wait short on abort', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const sweep = tuningSweep('Bourdon 16', NOTES, mic, controller.signal, 10_000);
    setTimeout(() => controller.abort(), 5);
    await expect(sweep).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(heard).toEqual([]);
  });
});
