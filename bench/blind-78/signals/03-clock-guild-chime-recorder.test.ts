// expect: require-signal-propagation
// waitForStrikes accepts a signal but neither checks it nor passes it to the polling delay, so the AbortSignal.timeout bounds in the tests never stop a stuck poll.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const afterEach: (fn: () => unknown) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeLessThan(n: number): void;
};

import { setTimeout as delay } from 'node:timers/promises';

interface Strike {
  bell: 'hour' | 'quarter-1' | 'quarter-2' | 'quarter-3' | 'quarter-4';
  atMs: number;
  peakHz: number;
}

interface ChimeRecorder {
  strikes(): Strike[];
  close(): Promise<void>;
}

declare function openChimeRecorder(options: { clockId: string; microphone: 'bench' | 'tower' }): Promise<ChimeRecorder>;
declare const simulatedMovement: {
  advanceTo(time: string): Promise<void>;
  reset(clockId: string): Promise<void>;
};

async function waitForStrikes(
  recorder: ChimeRecorder,
  count: number,
  { signal, pollMs = 25 }: { signal: AbortSignal; pollMs?: number },
): Promise<Strike[]> {
  while (recorder.strikes().length < count) {
    await delay(pollMs);
  }
  return recorder.strikes().slice(0, count);
}

describe('Westminster quarter chime movement after re-bushing', () => {
  const clockId = 'guild-bench-7-bracket-clock';
  let recorder: ChimeRecorder;

  beforeEach(async () => {
    await simulatedMovement.reset(clockId);
    recorder = await openChimeRecorder({ clockId, microphone: 'bench' });
  });

  afterEach(async () => {
    await recorder.close();
  });

  it('strikes the first quarter as four bells', async () => {
    await simulatedMovement.advanceTo('10:15');
    const strikes = await waitForStrikes(recorder, 4, { signal: AbortSignal.timeout(3_000) });
    expect(strikes.map((s) => s.bell)).toEqual(['quarter-1', 'quarter-1', 'quarter-1', 'quarter-1']);
  });

  it('strikes the hour count after the full Westminster sequence', async () => {
    await simulatedMovement.advanceTo('03:00');
    // 16 quarter bells followed by three hour strikes.
    const strikes = await waitForStrikes(recorder, 19, { signal: AbortSignal.timeout(8_000) });
    expect(strikes.filter((s) => s.bell === 'hour').length).toBe(3);
  });

  it('keeps hour strikes evenly spaced within 120ms', async () => {
    await simulatedMovement.advanceTo('02:00');
    const strikes = await waitForStrikes(recorder, 18, { signal: AbortSignal.timeout(8_000) });
    const hours = strikes.filter((s) => s.bell === 'hour');
    const gaps = hours.slice(1).map((s, i) => s.atMs - hours[i].atMs);
    const spread = Math.max(...gaps) - Math.min(...gaps);
    expect(spread).toBeLessThan(120);
  });
});
