// expect: no-floating-promises
// The 'reading' listener is an async function handed to EventEmitter, which ignores its returned promise, so a failed store.append becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface WindReading {
  sockId: string;
  at: Date;
  speedKph: number;
  directionDeg: number;
  fillPct: number;
}

export interface SockSpec {
  sockId: string;
  lengthM: number;
  ratedKph: number;
  fabric: 'nylon' | 'polyester' | 'ripstop';
}

export interface TestVerdict {
  sockId: string;
  samples: number;
  fullInflationKph: number | undefined;
  passed: boolean;
}

declare const store: {
  append(sockId: string, reading: WindReading): Promise<void>;
  readings(sockId: string): Promise<WindReading[]>;
};

export class WindTunnelRig extends EventEmitter {
  setSpeed(kph: number): void {
    this.emit('speed', kph);
  }
}

export class SockTester extends EventEmitter {
  private readonly specs = new Map<string, SockSpec>();
  private readonly counts = new Map<string, number>();

  constructor(private readonly rig: WindTunnelRig) {
    super();
    rig.on('reading', async (reading: WindReading) => {
      if (!this.specs.has(reading.sockId)) return;
      this.counts.set(reading.sockId, (this.counts.get(reading.sockId) ?? 0) + 1);
      await store.append(reading.sockId, reading);
      if (reading.speedKph > (this.specs.get(reading.sockId)?.ratedKph ?? Infinity) * 1.2) {
        this.rig.setSpeed(0);
        this.emit('over-speed', reading);
      }
    });
  }

  register(spec: SockSpec): void {
    this.specs.set(spec.sockId, spec);
    this.counts.set(spec.sockId, 0);
  }

  sampleCount(sockId: string): number {
    return this.counts.get(sockId) ?? 0;
  }

  async verdict(sockId: string): Promise<TestVerdict> {
    const spec = this.specs.get(sockId);
    if (!spec) throw new Error(`sock ${sockId} not registered`);
    const readings = await store.readings(sockId);
    const sorted = [...readings].sort((a, b) => a.speedKph - b.speedKph);
    const full = sorted.find((r) => r.fillPct >= 95);
    // A sock should be fully inflated at or below its rated speed (FAA AC 150/5345-27: 15 kt for 100%).
    return {
      sockId,
      samples: readings.length,
      fullInflationKph: full?.speedKph,
      passed: full !== undefined && full.speedKph <= spec.ratedKph,
    };
  }

  async sweep(sockId: string, fromKph: number, toKph: number, stepKph: number, dwellMs: number): Promise<TestVerdict> {
    for (let kph = fromKph; kph <= toKph; kph += stepKph) {
      this.rig.setSpeed(kph);
      await new Promise<void>((resolve) => setTimeout(resolve, dwellMs));
    }
    this.rig.setSpeed(0);
    return this.verdict(sockId);
  }
}
