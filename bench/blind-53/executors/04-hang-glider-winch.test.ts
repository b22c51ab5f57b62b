// expect: no-multiple-settle
// The async executor in launchAndWaitForRelease awaits preTension, which can reject before the release listener is attached, leaving the promise unsettled.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeLessThanOrEqual(n: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface ReleaseEvent {
  altitudeM: number;
  lineOutM: number;
  peakTensionDaN: number;
}

interface Pilot {
  name: string;
  weightKg: number;
  wingLoadRatingDaN: number;
}

class SimulatedWinch extends EventEmitter {
  drumTension = 0;
  lineOut = 0;
  faulted = false;

  async preTension(weightKg: number): Promise<void> {
    await new Promise((r) => setImmediate(r));
    if (this.faulted) throw new Error('winch drum brake fault');
    this.drumTension = Math.round(weightKg * 0.9);
  }

  launch(targetAltitude: number): void {
    let altitude = 0;
    let peak = this.drumTension;
    const tick = setInterval(() => {
      altitude += 40;
      this.lineOut += 110;
      peak = Math.max(peak, this.drumTension + altitude / 10);
      if (altitude >= targetAltitude) {
        clearInterval(tick);
        this.emit('release', { altitudeM: altitude, lineOutM: this.lineOut, peakTensionDaN: peak });
      }
    }, 5);
  }
}

function launchAndWaitForRelease(winch: SimulatedWinch, pilot: Pilot, targetAltitude: number): Promise<ReleaseEvent> {
  return new Promise<ReleaseEvent>(async (resolve) => {
    await winch.preTension(pilot.weightKg);
    winch.once('release', (event: ReleaseEvent) => resolve(event));
    winch.launch(targetAltitude);
  });
}

describe('tow winch launch profile', () => {
  let winch: SimulatedWinch;
  const pilot: Pilot = { name: 'Ines', weightKg: 78, wingLoadRatingDaN: 150 };

  beforeEach(() => {
    winch = new SimulatedWinch();
  });

  it('releases at the requested altitude', async () => {
    const release = await launchAndWaitForRelease(winch, pilot, 400);
    expect(release.altitudeM).toBe(400);
    expect(release.lineOutM).toBeGreaterThan(release.altitudeM);
  });

  it('keeps peak tension under the wing rating', async () => {
    const release = await launchAndWaitForRelease(winch, pilot, 600);
    expect(release.peakTensionDaN).toBeLessThanOrEqual(pilot.wingLoadRatingDaN);
  });

  it('pre-tensions proportionally to pilot weight', async () => {
    await winch.preTension(pilot.weightKg);
    expect(winch.drumTension).toBe(70);
  });

  it('refuses to pre-tension with a brake fault', async () => {
    winch.faulted = true;
    await expect(winch.preTension(pilot.weightKg)).rejects.toThrow(/brake fault/);
  });

  it('does not launch a second tow on the same drum', async () => {
    await launchAndWaitForRelease(winch, pilot, 200);
    expect(winch.listenerCount('release')).toBe(0);
  });
});
