// expect: none
// The synchronous 'lamp-fault' listener starts the async handler and attaches a catch to it, so every rejection is observed and routed to the error callback.
import { EventEmitter } from 'node:events';

export interface LampFault {
  station: string;
  kind: 'bulb' | 'rotation' | 'power' | 'fog-signal';
  detectedAt: Date;
  severity: 1 | 2 | 3;
}

export interface KeeperPager {
  page(keeperId: string, message: string): Promise<{ delivered: boolean }>;
}

export interface FaultLog {
  append(fault: LampFault & { pagedKeeper: string | null }): Promise<void>;
}

export interface DutyRoster {
  keeperOnWatch(station: string, at: Date): Promise<string | null>;
}

export class LampMonitor extends EventEmitter {
  private openFaults = new Map<string, LampFault>();

  constructor(
    private pager: KeeperPager,
    private log: FaultLog,
    private roster: DutyRoster,
    private onError: (err: Error) => void = (err) => console.error(err),
  ) {
    super();
    this.on('lamp-fault', (fault: LampFault) => {
      this.handleFault(fault).catch((err: unknown) => {
        this.onError(new Error(`could not process fault at ${fault.station}: ${(err as Error).message}`));
      });
    });
  }

  report(fault: LampFault): void {
    const key = `${fault.station}:${fault.kind}`;
    if (this.openFaults.has(key)) return;
    this.openFaults.set(key, fault);
    this.emit('lamp-fault', fault);
  }

  clear(station: string, kind: LampFault['kind']): boolean {
    return this.openFaults.delete(`${station}:${kind}`);
  }

  private async handleFault(fault: LampFault): Promise<void> {
    const keeper = await this.roster.keeperOnWatch(fault.station, fault.detectedAt);
    let paged: string | null = null;
    if (keeper && fault.severity >= 2) {
      const msg = `${fault.station}: ${fault.kind} fault (sev ${fault.severity}) at ${fault.detectedAt.toISOString()}`;
      const { delivered } = await this.pager.page(keeper, msg);
      if (delivered) paged = keeper;
    }
    await this.log.append({ ...fault, pagedKeeper: paged });
    this.emit('fault-handled', fault, paged);
  }

  get openCount(): number {
    return this.openFaults.size;
  }
}
