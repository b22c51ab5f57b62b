// expect: none
// fireSchedule passes its signal to every hold, and its catch cuts power and then rethrows the AbortError unchanged.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Segment {
  rampCPerHour: number;
  targetC: number;
  holdMs: number;
}

interface KilnDriver {
  setTarget(c: number, rampCPerHour: number): void;
  cutPower(): Promise<void>;
  log: string[];
}

function fakeKiln(): KilnDriver {
  const log: string[] = [];
  return {
    log,
    setTarget(c, ramp) {
      log.push(`target ${c}@${ramp}`);
    },
    async cutPower() {
      log.push('power off');
    },
  };
}

async function fireSchedule(kiln: KilnDriver, segments: Segment[], signal: AbortSignal): Promise<number> {
  let peak = 0;
  try {
    for (const seg of segments) {
      signal.throwIfAborted();
      kiln.setTarget(seg.targetC, seg.rampCPerHour);
      await sleep(seg.holdMs, undefined, { signal });
      peak = Math.max(peak, seg.targetC);
    }
    await kiln.cutPower();
    return peak;
  } catch (err) {
    await kiln.cutPower();
    throw err;
  }
}

const CONE_6_GLAZE: Segment[] = [
  { rampCPerHour: 100, targetC: 600, holdMs: 5 },
  { rampCPerHour: 150, targetC: 1100, holdMs: 5 },
  { rampCPerHour: 60, targetC: 1222, holdMs: 10 },
];

describe('fireSchedule', () => {
  let kiln: KilnDriver;

  beforeEach(() => {
    kiln = fakeKiln();
  });

  it('runs every segment and reports the peak temperature', async () => {
    const peak = await fireSchedule(kiln, CONE_6_GLAZE, new AbortController().signal);
    expect(peak).toBe(1222);
    expect(kiln.log).toEqual(['target 600@100', 'target 1100@150', 'target 1222@60', 'power off']);
  });

  it('cuts power and rejects with AbortError when the member cancels', async () => {
    const controller = new AbortController();
    const firing = fireSchedule(kiln, [{ rampCPerHour: 100, targetC: 900, holdMs: 60_000 }], controller.signal);
    controller.abort();
    await expect(firing).rejects.toThrow(/abort/i);
    expect(kiln.log).toEqual(['target 900@100', 'power off']);
  });

  it('does not energise the elements when already cancelled', async () => {
    await expect(fireSchedule(kiln, CONE_6_GLAZE, AbortSignal.abort())).rejects.toThrow(/abort/i);
    expect(kiln.log).toEqual(['power off']);
  });
});
