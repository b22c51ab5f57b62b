// expect: no-multiple-settle
// The helper's executor is async and awaits loadTemperament() before wiring 'ready'/'error'; if the fixture load rejects, the rejection is lost and startSession() never settles, so the hook hangs.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface Temperament {
  name: string;
  referenceHz: number;
  offsetsCents: Record<string, number>;
}

declare class TuningSession extends EventEmitter {
  constructor(temperament: Temperament, opts: { rank: string; settleMs: number });
  start(): void;
  measure(pipe: string): Promise<number>;
  close(): Promise<void>;
}
declare function loadTemperament(name: string): Promise<Temperament>;

function startSession(rank: string): Promise<TuningSession> {
  return new Promise<TuningSession>(async (resolve, reject) => {
    const temperament = await loadTemperament('werckmeister-iii');
    const session = new TuningSession(temperament, { rank, settleMs: 250 });
    session.once('ready', () => resolve(session));
    session.once('error', reject);
    session.start();
  });
}

describe('TuningSession', () => {
  let session: TuningSession;

  beforeEach(async () => {
    vi.useFakeTimers();
    const started = startSession('principal-8');
    await vi.advanceTimersByTimeAsync(500);
    session = await started;
  });

  afterEach(async () => {
    await session?.close();
    vi.useRealTimers();
  });

  it('reports the reference pitch for A4 within a cent', async () => {
    const measured = session.measure('A4');
    await vi.advanceTimersByTimeAsync(250);
    await expect(measured).resolves.toBeCloseTo(440, 0);
  });

  it('emits a drift event when a pipe wanders off temperament', async () => {
    const onDrift = vi.fn();
    session.on('drift', onDrift);

    const measured = session.measure('C#5');
    await vi.advanceTimersByTimeAsync(250);
    await measured;

    expect(onDrift).toHaveBeenCalledWith(expect.objectContaining({ pipe: 'C#5' }));
  });

  it('rejects measurement of a pipe that is not on the rank', async () => {
    const measured = session.measure('Z9');
    const assertion = expect(measured).rejects.toThrow(/not on rank principal-8/);
    await vi.advanceTimersByTimeAsync(250);
    await assertion;
  });

  it('stops emitting readings after close', async () => {
    const onReading = vi.fn();
    session.on('reading', onReading);
    await session.close();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(onReading).not.toHaveBeenCalled();
  });
});
