// expect: no-floating-promises
// resetAfterRun hands an async callback to finalFins.forEach, so the fin cycles run unawaited, their rejections are dropped and the gate opens before they finish.
export type FinPosition = 'retracted' | 'deployed' | 'fault';

export interface BrakeFin {
  id: string;
  zone: 'lift-hill' | 'mid-course' | 'final' | 'station';
  position: FinPosition;
  gapMm: number;
}

export interface Train {
  id: string;
  cars: number;
  lastRunAt: Date;
}

interface FinActuator {
  cycle(finId: string): Promise<FinPosition>;
  measureGap(finId: string): Promise<number>;
}

declare const actuator: FinActuator;

declare const stationGate: {
  open(trainId: string): Promise<void>;
  hold(trainId: string, reason: string): Promise<void>;
};

declare const metrics: {
  increment(name: string, tags?: Record<string, string>): void;
  observe(name: string, value: number, tags?: Record<string, string>): void;
};

const MIN_GAP_MM = 1.5;
const MAX_GAP_MM = 4;

export class BrakeZoneSupervisor {
  private readonly fins: BrakeFin[];

  constructor(fins: BrakeFin[]) {
    this.fins = fins.map((f) => ({ ...f }));
  }

  faulted(): BrakeFin[] {
    return this.fins.filter((f) => f.position === 'fault');
  }

  async resetAfterRun(train: Train): Promise<void> {
    const finalFins = this.fins.filter((f) => f.zone === 'final' || f.zone === 'station');

    finalFins.forEach(async (fin) => {
      const position = await actuator.cycle(fin.id);
      const gap = await actuator.measureGap(fin.id);
      fin.position = gap < MIN_GAP_MM || gap > MAX_GAP_MM ? 'fault' : position;
      fin.gapMm = gap;
      metrics.observe('brake_fin.gap_mm', gap, { fin: fin.id });
    });

    const stale = Date.now() - train.lastRunAt.getTime() > 30 * 60_000;
    if (stale) {
      metrics.increment('brake_fin.hold', { train: train.id });
      await stationGate.hold(train.id, 'train idle for over 30 minutes, walk the track first');
      return;
    }
    await stationGate.open(train.id);
  }

  async inspectAll(): Promise<number> {
    let outOfSpec = 0;
    for (const fin of this.fins) {
      const gap = await actuator.measureGap(fin.id);
      fin.gapMm = gap;
      if (gap < MIN_GAP_MM || gap > MAX_GAP_MM) {
        fin.position = 'fault';
        outOfSpec++;
      }
    }
    return outOfSpec;
  }
}
