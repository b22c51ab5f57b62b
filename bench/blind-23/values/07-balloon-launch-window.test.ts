// expect: none
// Correct: the clearance promise is stored on purpose and awaited before asserting, and the value set in the timer callback is read only after awaiting the promise that callback resolves.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface SurfaceWind {
  knots: number;
  gustKnots: number;
  directionDeg: number;
}

type WindSource = () => Promise<SurfaceWind>;

class LaunchWindow {
  constructor(
    private readonly wind: WindSource,
    private readonly maxKnots = 8,
    private readonly maxGustSpread = 5,
  ) {}

  async requestClearance(pilot: string): Promise<{ pilot: string; cleared: boolean; reason?: string }> {
    const w = await this.wind();
    if (w.knots > this.maxKnots) return { pilot, cleared: false, reason: `surface wind ${w.knots} kt` };
    if (w.gustKnots - w.knots > this.maxGustSpread) {
      return { pilot, cleared: false, reason: `gust spread ${w.gustKnots - w.knots} kt` };
    }
    return { pilot, cleared: true };
  }

  // Crew gets a countdown; the callback fires once the inflation hold has elapsed.
  holdForInflation(ms: number, onReady: (startedAt: number) => void): () => void {
    const startedAt = Date.now();
    const t = setTimeout(() => onReady(startedAt), ms);
    return () => clearTimeout(t);
  }
}

const calm: WindSource = async () => ({ knots: 4, gustKnots: 6, directionDeg: 220 });
const gusty: WindSource = async () => ({ knots: 6, gustKnots: 14, directionDeg: 250 });

describe('LaunchWindow', () => {
  it('clears a launch in calm morning air', async () => {
    const lw = new LaunchWindow(calm);
    const pending = lw.requestClearance('R. Okafor');
    // The briefing sheet is printed while the met check runs.
    const briefing = ['Site: Long Meadow', 'Envelope: G-BXKT'].join('\n');
    assert.match(briefing, /Long Meadow/);
    const result = await pending;
    assert.equal(result.cleared, true);
    assert.equal(result.reason, undefined);
  });

  it('holds the launch when gusts are too far above the mean wind', async () => {
    const lw = new LaunchWindow(gusty);
    const result = await lw.requestClearance('J. Lindqvist');
    assert.deepEqual(result, { pilot: 'J. Lindqvist', cleared: false, reason: 'gust spread 8 kt' });
  });

  it('fires the inflation-ready callback after the hold', async () => {
    const lw = new LaunchWindow(calm);
    let readyAfter = -1;
    await new Promise<void>((resolve) => {
      lw.holdForInflation(20, (startedAt) => {
        readyAfter = Date.now() - startedAt;
        resolve();
      });
    });
    assert.ok(readyAfter >= 15, `hold ended too early (${readyAfter} ms)`);
  });

  it('does not fire once the hold is cancelled', async () => {
    const lw = new LaunchWindow(calm);
    let fired = false;
    const cancel = lw.holdForInflation(10, () => {
      fired = true;
    });
    cancel();
    await new Promise((r) => setTimeout(r, 30));
    assert.equal(fired, false);
  });
});
