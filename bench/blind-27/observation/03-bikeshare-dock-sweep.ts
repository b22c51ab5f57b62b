// expect: no-floating-promises
// faulty.forEach is given an async callback, so each lock/ticket promise is dropped and a failure in any of them is never observed.
import { EventEmitter } from 'node:events';

export interface DockReading {
  dockId: string;
  stationId: string;
  batteryPct: number;
  lastHeartbeat: number;
  latchErrors: number;
  bikeId: string | null;
}

declare const fleetApi: {
  listDocks(stationId: string): Promise<DockReading[]>;
  setDockLocked(dockId: string, locked: boolean, reason: string): Promise<void>;
};

declare const maintenanceDesk: {
  openTicket(input: { dockId: string; summary: string; priority: 'low' | 'high' }): Promise<{ ticketId: string }>;
};

const HEARTBEAT_STALE_MS = 10 * 60 * 1000;
const LOW_BATTERY_PCT = 15;
const LATCH_ERROR_LIMIT = 3;

export interface SweepSummary {
  stationId: string;
  inspected: number;
  takenOutOfService: number;
}

export class DockHealthSweeper extends EventEmitter {
  constructor(private readonly now: () => number = Date.now) {
    super();
  }

  async sweepStation(stationId: string): Promise<SweepSummary> {
    const docks = await fleetApi.listDocks(stationId);
    const faulty = docks.filter((dock) => this.diagnose(dock) !== null);

    faulty.forEach(async (dock) => {
      const problem = this.diagnose(dock) ?? 'unknown fault';
      await fleetApi.setDockLocked(dock.dockId, true, problem);
      const { ticketId } = await maintenanceDesk.openTicket({
        dockId: dock.dockId,
        summary: `${stationId}/${dock.dockId}: ${problem}`,
        priority: dock.bikeId ? 'high' : 'low',
      });
      this.emit('dock-out-of-service', { dockId: dock.dockId, ticketId });
    });

    const summary: SweepSummary = {
      stationId,
      inspected: docks.length,
      takenOutOfService: faulty.length,
    };
    this.emit('swept', summary);
    return summary;
  }

  private diagnose(dock: DockReading): string | null {
    if (this.now() - dock.lastHeartbeat > HEARTBEAT_STALE_MS) {
      return 'no heartbeat';
    }
    if (dock.batteryPct < LOW_BATTERY_PCT) {
      return `battery at ${dock.batteryPct}%`;
    }
    if (dock.latchErrors >= LATCH_ERROR_LIMIT) {
      return `${dock.latchErrors} latch errors`;
    }
    return null;
  }
}
