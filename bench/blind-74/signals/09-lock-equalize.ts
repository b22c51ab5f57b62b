// expect: require-signal-propagation
// equalize() takes options.signal but never reads it, so a cancelled lockage keeps pulsing the paddles until the levels meet or the pulse budget runs out.
export type Side = 'upstream' | 'downstream';

export interface EqualizeOptions {
  toleranceM?: number;
  maxPulses?: number;
  pulseTicks?: number;
  signal?: AbortSignal;
}

export interface EqualizeReport {
  side: Side;
  pulses: number;
  finalDifferenceM: number;
}

declare const lockGear: {
  readLevel(where: 'chamber' | Side): Promise<number>;
  pulsePaddle(side: Side, ticks: number): Promise<void>;
  closePaddles(): Promise<void>;
};

declare const lockBoard: {
  status(text: string): void;
};

const DEFAULTS = { toleranceM: 0.04, maxPulses: 240, pulseTicks: 4 };

export class LockEqualizer {
  private busy = false;

  async equalize(side: Side, options: EqualizeOptions = {}): Promise<EqualizeReport> {
    const { toleranceM, maxPulses, pulseTicks } = { ...DEFAULTS, ...options };
    if (this.busy) throw new Error('paddles are already being worked');
    this.busy = true;
    let pulses = 0;
    try {
      let difference = (await lockGear.readLevel(side)) - (await lockGear.readLevel('chamber'));
      while (Math.abs(difference) > toleranceM) {
        if (pulses >= maxPulses) {
          throw new Error(`chamber still ${difference.toFixed(2)} m off the ${side} pound after ${pulses} pulses`);
        }
        // Smaller pulses near the end so the chamber doesn't surge against the gates.
        const ticks = Math.abs(difference) < 0.2 ? 1 : pulseTicks;
        await lockGear.pulsePaddle(side, ticks);
        pulses++;
        difference = (await lockGear.readLevel(side)) - (await lockGear.readLevel('chamber'));
        if (pulses % 10 === 0) lockBoard.status(`equalising ${side}: ${difference.toFixed(2)} m to go`);
      }
      return { side, pulses, finalDifferenceM: difference };
    } finally {
      await lockGear.closePaddles();
      this.busy = false;
    }
  }

  async workBoatThrough(direction: 'up' | 'down', signal?: AbortSignal): Promise<EqualizeReport[]> {
    const first: Side = direction === 'up' ? 'downstream' : 'upstream';
    const second: Side = direction === 'up' ? 'upstream' : 'downstream';
    signal?.throwIfAborted();
    const entering = await this.equalize(first, { signal });
    lockBoard.status(`open ${first} gates, boat in, close ${first} gates`);
    signal?.throwIfAborted();
    const leaving = await this.equalize(second, { signal, toleranceM: 0.03 });
    lockBoard.status(`open ${second} gates, boat out`);
    return [entering, leaving];
  }
}
