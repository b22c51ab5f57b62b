// expect: no-floating-promises
// The 'fault' listener is an async function, so EventEmitter drops the promise it returns; when the ticketing API rejects, the fault is neither retried nor logged and the process gets an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface LiftFault {
  liftId: string;
  tower: number | null;
  code: 'ROPE_SLIP' | 'BRAKE_TEMP' | 'ANEMOMETER' | 'GRIP_FORCE' | 'DOOR_INTERLOCK';
  severity: 1 | 2 | 3;
  raisedAt: Date;
}

export interface MaintenanceTickets {
  open(fault: LiftFault, summary: string): Promise<{ ticketId: string }>;
}

export interface LiftControl {
  slowTo(liftId: string, metresPerSecond: number): void;
  halt(liftId: string, reason: string): void;
}

export class SensorBus extends EventEmitter {
  raise(fault: LiftFault): void {
    this.emit('fault', fault);
  }
}

const SUMMARY: Record<LiftFault['code'], string> = {
  ROPE_SLIP: 'Haul rope slip detected at bullwheel',
  BRAKE_TEMP: 'Service brake over temperature',
  ANEMOMETER: 'Wind speed above operating limit',
  GRIP_FORCE: 'Grip force below minimum on detachable carrier',
  DOOR_INTERLOCK: 'Station door interlock open',
};

export class FaultBridge {
  readonly openTickets = new Map<string, string>();

  constructor(
    private readonly bus: SensorBus,
    private readonly control: LiftControl,
    private readonly tickets: MaintenanceTickets,
  ) {}

  attach(): void {
    this.bus.on('fault', async (fault: LiftFault) => {
      if (fault.severity === 3) {
        this.control.halt(fault.liftId, fault.code);
      } else if (fault.severity === 2) {
        this.control.slowTo(fault.liftId, 2.5);
      }

      const key = `${fault.liftId}:${fault.code}`;
      if (this.openTickets.has(key)) return;

      const where = fault.tower === null ? 'station' : `tower ${fault.tower}`;
      const { ticketId } = await this.tickets.open(fault, `${SUMMARY[fault.code]} (${where})`);
      this.openTickets.set(key, ticketId);
    });
  }

  resolved(liftId: string, code: LiftFault['code']): void {
    this.openTickets.delete(`${liftId}:${code}`);
  }
}
