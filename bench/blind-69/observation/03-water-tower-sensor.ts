// expect: no-floating-promises
// The 'level' listener is an async function handed to EventEmitter.on, which ignores the returned promise, so archive/alert failures become unhandled rejections.
import { EventEmitter } from 'node:events';

export interface LevelReading {
  towerId: string;
  metres: number;
  flowLps: number;
  at: number;
}

export interface TowerLimits {
  lowM: number;
  highM: number;
  overflowM: number;
}

declare const levelArchive: {
  append(towerId: string, metres: number, at: number): Promise<void>;
};

declare const alarmPager: {
  raise(towerId: string, severity: 'low' | 'high' | 'overflow', metres: number): Promise<void>;
  clear(towerId: string): Promise<void>;
};

const SMOOTHING = 0.3;

export class TowerMonitor {
  private readonly smoothed = new Map<string, number>();
  private readonly activeAlarm = new Map<string, 'low' | 'high' | 'overflow'>();

  constructor(
    private readonly bus: EventEmitter,
    private readonly limits: Map<string, TowerLimits>,
  ) {}

  private smooth(reading: LevelReading): number {
    const previous = this.smoothed.get(reading.towerId);
    const value = previous === undefined ? reading.metres : previous + SMOOTHING * (reading.metres - previous);
    this.smoothed.set(reading.towerId, value);
    return value;
  }

  private classify(towerId: string, metres: number): 'low' | 'high' | 'overflow' | null {
    const limits = this.limits.get(towerId);
    if (!limits) return null;
    if (metres >= limits.overflowM) return 'overflow';
    if (metres >= limits.highM) return 'high';
    if (metres <= limits.lowM) return 'low';
    return null;
  }

  start(): void {
    this.bus.on('level', async (reading: LevelReading) => {
      const metres = this.smooth(reading);
      await levelArchive.append(reading.towerId, metres, reading.at);

      const severity = this.classify(reading.towerId, metres);
      const current = this.activeAlarm.get(reading.towerId);
      if (severity === (current ?? null)) return;

      if (severity) {
        this.activeAlarm.set(reading.towerId, severity);
        await alarmPager.raise(reading.towerId, severity, metres);
      } else {
        this.activeAlarm.delete(reading.towerId);
        await alarmPager.clear(reading.towerId);
      }
    });
  }

  stop(): void {
    this.bus.removeAllListeners('level');
  }

  snapshot(): Array<{ towerId: string; metres: number; alarm: string | null }> {
    return [...this.smoothed.entries()].map(([towerId, metres]) => ({
      towerId,
      metres: Math.round(metres * 100) / 100,
      alarm: this.activeAlarm.get(towerId) ?? null,
    }));
  }
}
