// expect: no-floating-promises
// The reading listener calls the async boostShaft and drops the returned promise, so a failed fan command becomes an unhandled rejection instead of being reported.
import { EventEmitter } from 'node:events';

export interface GasReading {
  shaft: string;
  methanePpm: number;
  coPpm: number;
  at: number;
}

interface FanBank {
  currentRpm(shaft: string): Promise<number>;
  setRpm(shaft: string, rpm: number): Promise<void>;
}

interface IncidentLog {
  record(entry: { shaft: string; kind: 'gas-boost'; reading: GasReading; fromRpm: number; toRpm: number }): Promise<void>;
}

export interface AirLimits {
  methanePpm: number;
  coPpm: number;
  maxRpm: number;
}

export class AirQualityMonitor extends EventEmitter {
  private readonly boosting = new Set<string>();
  private readonly latest = new Map<string, GasReading>();

  constructor(
    private readonly sensors: EventEmitter,
    private readonly fans: FanBank,
    private readonly incidents: IncidentLog,
    private readonly limits: AirLimits = { methanePpm: 5_000, coPpm: 25, maxRpm: 1_450 },
  ) {
    super();
    this.sensors.on('reading', (reading: GasReading) => {
      this.latest.set(reading.shaft, reading);
      if (this.exceedsLimits(reading) && !this.boosting.has(reading.shaft)) {
        this.boostShaft(reading);
      }
    });
  }

  exceedsLimits(reading: GasReading): boolean {
    return reading.methanePpm >= this.limits.methanePpm || reading.coPpm >= this.limits.coPpm;
  }

  snapshot(): GasReading[] {
    return [...this.latest.values()].sort((a, b) => a.shaft.localeCompare(b.shaft));
  }

  private async boostShaft(reading: GasReading): Promise<void> {
    this.boosting.add(reading.shaft);
    try {
      const fromRpm = await this.fans.currentRpm(reading.shaft);
      const toRpm = Math.min(Math.round(fromRpm * 1.5) || 600, this.limits.maxRpm);
      await this.fans.setRpm(reading.shaft, toRpm);
      await this.incidents.record({ shaft: reading.shaft, kind: 'gas-boost', reading, fromRpm, toRpm });
      this.emit('boosted', { shaft: reading.shaft, toRpm });
    } finally {
      this.boosting.delete(reading.shaft);
    }
  }
}

export function worstShaft(readings: GasReading[]): GasReading | undefined {
  return readings.reduce<GasReading | undefined>((worst, r) => {
    if (!worst) return r;
    return r.coPpm / 25 + r.methanePpm / 5_000 > worst.coPpm / 25 + worst.methanePpm / 5_000 ? r : worst;
  }, undefined);
}
