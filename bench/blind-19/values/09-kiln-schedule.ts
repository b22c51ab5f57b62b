// expect: no-read-before-settle
// this.schedule is assigned in the .then of loadSchedule(), but arm() reads this.schedule.segments synchronously right after, so the first ramp is never programmed.
import { EventEmitter } from 'node:events';

interface RampSegment {
  targetC: number;
  ratePerHour: number;
  holdMinutes: number;
}

interface FiringSchedule {
  name: string;
  segments: RampSegment[];
  maxC: number;
}

declare function loadSchedule(kilnId: string, name: string): Promise<FiringSchedule>;
declare const controller: {
  program(kilnId: string, seg: RampSegment, index: number): void;
  start(kilnId: string): void;
  readThermocouple(kilnId: string): number;
};

const EMPTY: FiringSchedule = { name: 'none', segments: [], maxC: 0 };

export class GlassKiln extends EventEmitter {
  private schedule: FiringSchedule = EMPTY;
  private monitor: NodeJS.Timeout | undefined;

  constructor(
    readonly kilnId: string,
    private readonly ratedMaxC: number,
  ) {
    super();
  }

  arm(scheduleName: string): void {
    loadSchedule(this.kilnId, scheduleName)
      .then((s) => {
        if (s.maxC > this.ratedMaxC) {
          throw new Error(`${s.name} peaks at ${s.maxC}C, kiln rated ${this.ratedMaxC}C`);
        }
        this.schedule = s;
        this.emit('loaded', s.name);
      })
      .catch((err: Error) => this.emit('error', err));

    // Anneal segments are programmed in order; the controller holds the last one.
    this.schedule.segments.forEach((seg, i) => controller.program(this.kilnId, seg, i));
    controller.start(this.kilnId);
    this.watch();
  }

  private watch(): void {
    if (this.monitor) clearInterval(this.monitor);
    this.monitor = setInterval(() => {
      const c = controller.readThermocouple(this.kilnId);
      this.emit('temperature', c);
      if (c > this.ratedMaxC + 15) {
        this.emit('overtemp', c);
      }
    }, 5000);
  }

  disarm(): void {
    if (this.monitor) clearInterval(this.monitor);
    this.monitor = undefined;
    this.schedule = EMPTY;
  }

  describe(): string {
    const total = this.schedule.segments.reduce((m, s) => m + s.holdMinutes, 0);
    return `${this.kilnId}: ${this.schedule.name}, ${this.schedule.segments.length} segments, ${total} min hold`;
  }
}
