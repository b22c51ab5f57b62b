// expect: no-floating-promises
// Bug: async listener passed to EventEmitter.on; the emitter ignores the returned promise, so historian/alarm failures become unhandled rejections.
import { EventEmitter } from 'node:events';

export interface ProbeSample {
  tankId: string;
  takenAt: Date;
  temperatureC: number;
  gravity: number;
  pressureBar: number;
}

export interface TankLimits {
  maxTempC: number;
  minTempC: number;
  maxPressureBar: number;
}

declare const historian: {
  write(measurement: string, tags: Record<string, string>, fields: Record<string, number>, at: Date): Promise<void>;
};

declare const alarms: {
  raise(code: string, tankId: string, detail: string): Promise<{ ticket: string }>;
  isOpen(code: string, tankId: string): Promise<boolean>;
};

export class FermentationProbe extends EventEmitter {
  constructor(readonly tankId: string) {
    super();
  }

  ingest(line: string): void {
    // Probe firmware sends "temp;gravity;pressure"
    const [t, g, p] = line.trim().split(';').map(Number);
    if ([t, g, p].some((n) => Number.isNaN(n))) {
      this.emit('garbled', line);
      return;
    }
    const sample: ProbeSample = {
      tankId: this.tankId,
      takenAt: new Date(),
      temperatureC: t,
      gravity: g,
      pressureBar: p,
    };
    this.emit('sample', sample);
  }
}

function checkLimits(s: ProbeSample, limits: TankLimits): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (s.temperatureC > limits.maxTempC) out.push(['TEMP_HIGH', `${s.temperatureC.toFixed(1)}C > ${limits.maxTempC}C`]);
  if (s.temperatureC < limits.minTempC) out.push(['TEMP_LOW', `${s.temperatureC.toFixed(1)}C < ${limits.minTempC}C`]);
  if (s.pressureBar > limits.maxPressureBar) out.push(['OVERPRESSURE', `${s.pressureBar} bar`]);
  return out;
}

export function attachTankMonitoring(probe: FermentationProbe, limits: TankLimits): () => void {
  let lastGravity: number | undefined;

  const onSample = async (s: ProbeSample) => {
    await historian.write(
      'fermentation',
      { tank: s.tankId },
      { temp: s.temperatureC, gravity: s.gravity, pressure: s.pressureBar },
      s.takenAt,
    );

    if (lastGravity !== undefined && Math.abs(lastGravity - s.gravity) < 0.0005) {
      probe.emit('stable', s);
    }
    lastGravity = s.gravity;

    for (const [code, detail] of checkLimits(s, limits)) {
      if (await alarms.isOpen(code, s.tankId)) continue;
      const { ticket } = await alarms.raise(code, s.tankId, detail);
      probe.emit('alarm', { code, ticket });
    }
  };

  const onGarbled = (line: string) => {
    console.warn(`tank ${probe.tankId}: discarding garbled probe line ${JSON.stringify(line)}`);
  };

  probe.on('sample', onSample);
  probe.on('garbled', onGarbled);

  return () => {
    probe.off('sample', onSample);
    probe.off('garbled', onGarbled);
  };
}
