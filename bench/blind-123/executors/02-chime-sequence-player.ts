// expect: none
// The executor listens for completion, fault and close with once(), removes all three listeners in a shared cleanup, and every path settles exactly once.
import { EventEmitter } from 'node:events';

export type BellName = 'treble' | 'second' | 'third' | 'fourth' | 'tenor';

export interface Strike {
  bell: BellName;
  atMs: number;
  velocity: number;
}

export interface HammerRig extends EventEmitter {
  readonly tower: string;
  load(sequenceId: string, strikes: Strike[]): void;
  start(sequenceId: string): void;
}

export interface ChimeResult {
  sequenceId: string;
  strikes: number;
  durationMs: number;
}

const WESTMINSTER_QUARTER: Array<[BellName, number]> = [
  ['fourth', 0],
  ['third', 700],
  ['second', 1400],
  ['tenor', 2100],
];

export function buildQuarter(quarter: 1 | 2 | 3 | 4, velocity = 90): Strike[] {
  const strikes: Strike[] = [];
  for (let phrase = 0; phrase < quarter; phrase++) {
    for (const [bell, offset] of WESTMINSTER_QUARTER) {
      strikes.push({ bell, atMs: phrase * 3200 + offset, velocity });
    }
  }
  return strikes;
}

export class ChimePlayer {
  private counter = 0;

  constructor(private readonly rig: HammerRig) {}

  play(strikes: Strike[]): Promise<ChimeResult> {
    const sequenceId = `${this.rig.tower}-${Date.now()}-${++this.counter}`;
    const startedAt = Date.now();

    return new Promise<ChimeResult>((resolve, reject) => {
      const onComplete = (id: string, struck: number) => {
        if (id !== sequenceId) return;
        cleanup();
        resolve({ sequenceId, strikes: struck, durationMs: Date.now() - startedAt });
      };
      const onFault = (err: Error) => {
        cleanup();
        reject(new Error(`hammer rig fault in ${this.rig.tower}: ${err.message}`, { cause: err }));
      };
      const onClose = () => {
        cleanup();
        reject(new Error(`hammer rig in ${this.rig.tower} disconnected during sequence ${sequenceId}`));
      };
      const cleanup = () => {
        this.rig.off('sequence-complete', onComplete);
        this.rig.off('fault', onFault);
        this.rig.off('close', onClose);
      };

      this.rig.on('sequence-complete', onComplete);
      this.rig.once('fault', onFault);
      this.rig.once('close', onClose);

      try {
        this.rig.load(sequenceId, strikes);
        this.rig.start(sequenceId);
      } catch (err) {
        cleanup();
        reject(err);
      }
    });
  }

  async chimeHour(hour: number): Promise<ChimeResult> {
    const quarter = await this.play(buildQuarter(4));
    const tolls: Strike[] = [];
    const count = hour % 12 === 0 ? 12 : hour % 12;
    for (let i = 0; i < count; i++) {
      tolls.push({ bell: 'tenor', atMs: i * 2400, velocity: 110 });
    }
    const hourStrikes = await this.play(tolls);
    return {
      sequenceId: hourStrikes.sequenceId,
      strikes: quarter.strikes + hourStrikes.strikes,
      durationMs: quarter.durationMs + hourStrikes.durationMs,
    };
  }
}
