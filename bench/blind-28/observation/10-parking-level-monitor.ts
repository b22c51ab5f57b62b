// expect: none
// The occupancy read gets its .catch fallback attached at creation, so it is safe to await the gate status first; per-level work is combined with Promise.all.
import { EventEmitter } from 'node:events';
import { setInterval as every } from 'node:timers/promises';

export interface LevelSnapshot {
  level: string;
  occupied: number;
  capacity: number;
  gateOpen: boolean;
  stale: boolean;
}

interface SensorBus {
  readOccupancy(level: string, signal: AbortSignal): Promise<{ occupied: number }>;
  readGate(level: string, signal: AbortSignal): Promise<{ open: boolean }>;
}

declare const signage: {
  show(level: string, text: string): Promise<void>;
};

export class GarageMonitor extends EventEmitter {
  private readonly last = new Map<string, LevelSnapshot>();
  private controller: AbortController | null = null;

  constructor(
    private readonly bus: SensorBus,
    private readonly capacities: Record<string, number>,
  ) {
    super();
  }

  private async sampleLevel(level: string, signal: AbortSignal): Promise<LevelSnapshot> {
    const previous = this.last.get(level);
    const occupancy = this.bus.readOccupancy(level, signal).catch((err: unknown) => {
      this.emit('sensorFault', level, err);
      return null;
    });
    const gate = await this.bus.readGate(level, signal);
    const reading = await occupancy;

    const snapshot: LevelSnapshot = {
      level,
      occupied: reading?.occupied ?? previous?.occupied ?? 0,
      capacity: this.capacities[level] ?? 0,
      gateOpen: gate.open,
      stale: reading === null,
    };
    this.last.set(level, snapshot);
    return snapshot;
  }

  private signText(s: LevelSnapshot): string {
    if (!s.gateOpen) return `${s.level} CLOSED`;
    const free = Math.max(0, s.capacity - s.occupied);
    return free === 0 ? `${s.level} FULL` : `${s.level} ${free} FREE`;
  }

  async sampleAll(signal: AbortSignal): Promise<LevelSnapshot[]> {
    const levels = Object.keys(this.capacities);
    const snapshots = await Promise.all(levels.map((level) => this.sampleLevel(level, signal)));
    await Promise.all(snapshots.map((s) => signage.show(s.level, this.signText(s))));
    this.emit('sampled', snapshots);
    return snapshots;
  }

  async run(intervalMs = 10_000): Promise<void> {
    if (this.controller) throw new Error('monitor already running');
    const controller = new AbortController();
    this.controller = controller;
    try {
      for await (const _tick of every(intervalMs, undefined, { signal: controller.signal })) {
        try {
          await this.sampleAll(controller.signal);
        } catch (err) {
          if (controller.signal.aborted) break;
          this.emit('cycleFailed', err);
        }
      }
    } catch (err) {
      if (!(err instanceof Error && err.name === 'AbortError')) throw err;
    } finally {
      this.controller = null;
    }
  }

  stop(): void {
    this.controller?.abort();
  }
}
