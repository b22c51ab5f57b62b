// expect: no-reused-settled-promise
// waitForAspect reads the signal aspect once and re-awaits that settled promise on every poll, so it can never observe the aspect changing.
import { setTimeout as delay } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => Promise<void>) => void;
declare const afterEach: (fn: () => Promise<void>) => void;
declare const expect: (actual: unknown) => { toBe(v: unknown): void; toEqual(v: unknown): void };

type Aspect = 'red' | 'yellow' | 'double-yellow' | 'green';

interface TestRig {
  reset(): Promise<void>;
  occupyTrackCircuit(circuit: string): Promise<void>;
  clearTrackCircuit(circuit: string): Promise<void>;
  setRoute(from: string, to: string): Promise<void>;
  readAspect(signalId: string): Promise<Aspect>;
  disconnect(): Promise<void>;
}

declare function connectRig(bench: string): Promise<TestRig>;

async function waitForAspect(rig: TestRig, signalId: string, want: Aspect, attempts = 40): Promise<Aspect> {
  const reading = rig.readAspect(signalId);
  let seen: Aspect | undefined;
  for (let i = 0; i < attempts; i++) {
    seen = await reading;
    if (seen === want) return seen;
    await delay(50);
  }
  throw new Error(`${signalId} stayed ${seen} instead of ${want}`);
}

describe('interlocking: approach to Platform 2', () => {
  let rig: TestRig;

  beforeEach(async () => {
    rig = await connectRig('bench-3');
    await rig.reset();
    await rig.setRoute('S14', 'P2');
  });

  afterEach(async () => {
    await rig.disconnect();
  });

  it('shows green on S14 when the overlap is clear', async () => {
    expect(await waitForAspect(rig, 'S14', 'green')).toBe('green');
  });

  it('drops S14 to red as soon as TC-207 is occupied', async () => {
    await waitForAspect(rig, 'S14', 'green');
    await rig.occupyTrackCircuit('TC-207');
    expect(await waitForAspect(rig, 'S14', 'red')).toBe('red');
  });

  it('steps S12 down to double-yellow then yellow behind an occupied block', async () => {
    await rig.occupyTrackCircuit('TC-209');
    expect(await waitForAspect(rig, 'S14', 'red')).toBe('red');
    expect(await waitForAspect(rig, 'S12', 'yellow')).toBe('yellow');
    await rig.clearTrackCircuit('TC-209');
    await rig.occupyTrackCircuit('TC-211');
    expect(await waitForAspect(rig, 'S12', 'double-yellow')).toBe('double-yellow');
  });

  it('restores green after the train clears the overlap', async () => {
    await rig.occupyTrackCircuit('TC-207');
    await waitForAspect(rig, 'S14', 'red');
    await rig.clearTrackCircuit('TC-207');
    expect(await waitForAspect(rig, 'S14', 'green')).toBe('green');
  });
});
