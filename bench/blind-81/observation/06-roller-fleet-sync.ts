// expect: no-floating-promises
// start() registers an async 'docked' listener on a plain EventEmitter, which ignores the returned promise, so a failed log pull or archive write becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface RollerLogEntry {
  rollerId: string;
  at: number;
  strip: string;
  passes: number;
  engineHours: number;
  faultCodes: string[];
}

export interface DockSummary {
  rollerId: string;
  entries: number;
  engineHours: number;
  faults: string[];
}

declare const depotBus: EventEmitter;
declare const telemetry: {
  pullLogs(rollerId: string, since: number): Promise<RollerLogEntry[]>;
};
declare const archive: {
  store(rollerId: string, entries: RollerLogEntry[]): Promise<{ archivedThrough: number }>;
};
declare const maintenance: {
  raiseTicket(rollerId: string, faults: string[]): Promise<string>;
};

const SERVICE_INTERVAL_HOURS = 250;

function summarise(rollerId: string, entries: RollerLogEntry[]): DockSummary {
  const faults = new Set<string>();
  let engineHours = 0;
  for (const entry of entries) {
    entry.faultCodes.forEach((code) => faults.add(code));
    engineHours = Math.max(engineHours, entry.engineHours);
  }
  return { rollerId, entries: entries.length, engineHours, faults: [...faults].sort() };
}

export class FleetSync {
  private readonly archivedThrough = new Map<string, number>();
  private readonly summaries: DockSummary[] = [];
  private started = false;

  constructor(private readonly bus: EventEmitter = depotBus) {}

  start(): void {
    if (this.started) return;
    this.started = true;
    this.bus.on('roller:docked', async (rollerId: string) => {
      const since = this.archivedThrough.get(rollerId) ?? 0;
      const entries = await telemetry.pullLogs(rollerId, since);
      if (entries.length === 0) return;

      const { archivedThrough } = await archive.store(rollerId, entries);
      this.archivedThrough.set(rollerId, archivedThrough);

      const summary = summarise(rollerId, entries);
      this.summaries.push(summary);
      const serviceDue = Math.floor(summary.engineHours / SERVICE_INTERVAL_HOURS) > Math.floor(
        (summary.engineHours - entries.length) / SERVICE_INTERVAL_HOURS,
      );
      if (summary.faults.length > 0 || serviceDue) {
        const ticket = await maintenance.raiseTicket(rollerId, serviceDue ? [...summary.faults, 'SERVICE'] : summary.faults);
        this.bus.emit('roller:ticket', rollerId, ticket);
      }
    });
  }

  recentSummaries(limit = 10): DockSummary[] {
    return this.summaries.slice(-limit);
  }

  rollersNeedingAttention(): string[] {
    return this.summaries.filter((s) => s.faults.length > 0).map((s) => s.rollerId);
  }
}
