// expect: none
// Listeners are synchronous; the one fire-and-forget upload has a .catch handler attached in the same expression, and every other async call is awaited or returned.
import { EventEmitter } from 'node:events';

export interface TripEvent {
  turbineId: string;
  reason: 'overspeed' | 'grid-loss' | 'vibration' | 'manual';
  rotorRpm: number;
  at: number;
}

interface TurbineBus extends EventEmitter {
  applyBrake(turbineId: string): Promise<void>;
  feather(turbineId: string, pitchDeg: number): Promise<void>;
}

declare const historian: {
  upload(turbineId: string, fromMs: number, toMs: number): Promise<{ url: string }>;
};
declare const controlRoom: {
  page(message: string): Promise<void>;
};
declare const plantLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const FEATHER_PITCH_DEG = 88;
const CAPTURE_WINDOW_MS = 120_000;

export class TripHandler {
  private readonly tripCounts = new Map<string, number>();
  private readonly lastTrip = new Map<string, TripEvent>();

  constructor(private readonly bus: TurbineBus) {
    bus.on('trip', (event: TripEvent) => this.recordTrip(event));
  }

  private recordTrip(event: TripEvent): void {
    this.tripCounts.set(event.turbineId, (this.tripCounts.get(event.turbineId) ?? 0) + 1);
    this.lastTrip.set(event.turbineId, event);
    plantLog.warn('turbine tripped', { ...event });

    historian
      .upload(event.turbineId, event.at - CAPTURE_WINDOW_MS, event.at + 10_000)
      .then((capture) => plantLog.info('trip capture archived', { turbineId: event.turbineId, url: capture.url }))
      .catch((err: unknown) => plantLog.warn('trip capture upload failed', { turbineId: event.turbineId, error: String(err) }));
  }

  async safeTurbine(turbineId: string): Promise<void> {
    await this.bus.feather(turbineId, FEATHER_PITCH_DEG);
    await this.bus.applyBrake(turbineId);
  }

  async handleTrip(event: TripEvent): Promise<'restart' | 'lockout'> {
    await this.safeTurbine(event.turbineId);
    const count = this.tripCounts.get(event.turbineId) ?? 0;
    if (event.reason === 'vibration' || count >= 3) {
      await controlRoom.page(`Turbine ${event.turbineId} locked out after ${count} trips (${event.reason})`);
      return 'lockout';
    }
    return 'restart';
  }

  escalate(turbineId: string): Promise<void> {
    const last = this.lastTrip.get(turbineId);
    const summary = last ? `${last.reason} at ${new Date(last.at).toISOString()}` : 'no recorded trip';
    return controlRoom.page(`Turbine ${turbineId} needs inspection: ${summary}`);
  }

  trips(turbineId: string): number {
    return this.tripCounts.get(turbineId) ?? 0;
  }

  resetCounts(): void {
    this.tripCounts.clear();
    plantLog.info('trip counters reset');
  }
}
