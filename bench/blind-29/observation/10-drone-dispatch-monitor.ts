// expect: none
// Listener and interval callbacks are synchronous and every async call they start has a .catch that routes the error to the 'error' event.
import { EventEmitter } from 'node:events';

export interface DroneTelemetry {
  droneId: string;
  lat: number;
  lon: number;
  batteryPct: number;
  parcelId?: string;
}

declare const fleet: EventEmitter & {
  snapshot(): Promise<DroneTelemetry[]>;
};
declare const orders: {
  markDelivered(parcelId: string, droneId: string): Promise<void>;
  reassign(parcelId: string, reason: string): Promise<string>;
};

const LOW_BATTERY_PCT = 22;

export class DispatchMonitor extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly pollMs = 15_000, private readonly staleMs = 60_000) {
    super();
  }

  start() {
    fleet.on('landed', (drone: DroneTelemetry) => {
      if (!drone.parcelId) return;
      orders
        .markDelivered(drone.parcelId, drone.droneId)
        .catch((err) => this.emit('error', err));
    });

    this.timer = setInterval(() => {
      this.poll().catch((err) => this.emit('error', err));
    }, this.pollMs);
    this.timer.unref();
  }

  stop() {
    clearInterval(this.timer);
    fleet.removeAllListeners('landed');
  }

  private async poll() {
    const now = Date.now();
    const drones = await fleet.snapshot();
    const reassignments: Promise<string>[] = [];

    for (const drone of drones) {
      this.lastSeen.set(drone.droneId, now);
      if (drone.parcelId && drone.batteryPct < LOW_BATTERY_PCT) {
        reassignments.push(orders.reassign(drone.parcelId, `battery ${drone.batteryPct}% on ${drone.droneId}`));
      }
    }

    for (const [droneId, seenAt] of this.lastSeen) {
      if (now - seenAt > this.staleMs) {
        this.emit('stale', droneId, now - seenAt);
        this.lastSeen.delete(droneId);
      }
    }

    const newDrones = await Promise.all(reassignments);
    if (newDrones.length > 0) this.emit('reassigned', newDrones);
  }
}
