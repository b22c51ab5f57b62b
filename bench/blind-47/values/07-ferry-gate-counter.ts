// expect: no-read-before-settle
// admit() posts a capacity query to the worker and reads this.remaining right away, before the 'message' listener that updates it can have run.
import { Worker } from 'node:worker_threads';

export interface TicketScan {
  code: string;
  sailingId: string;
  passengers: number;
  vehicle: boolean;
}

interface CapacityReply {
  type: 'capacity';
  sailingId: string;
  remainingPassengers: number;
  remainingVehicleLanes: number;
}

declare const gateHardware: {
  open(gateId: string): void;
  flashRed(gateId: string, reason: string): void;
};

declare const terminalLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

export type AdmitResult = 'admitted' | 'full' | 'wrong-sailing';

export class FerryGateCounter {
  private remaining = { passengers: 0, vehicleLanes: 0 };
  private admittedToday = 0;

  constructor(
    private readonly gateId: string,
    private readonly sailingId: string,
    private readonly ledger: Worker,
  ) {
    ledger.on('error', (err) => {
      terminalLog.info('capacity ledger worker failed; gate falls back to closed', { gateId, err: String(err) });
      this.remaining = { passengers: 0, vehicleLanes: 0 };
    });
  }

  private requestCapacity(): void {
    this.ledger.once('message', (reply: CapacityReply) => {
      if (reply.type === 'capacity' && reply.sailingId === this.sailingId) {
        this.remaining = { passengers: reply.remainingPassengers, vehicleLanes: reply.remainingVehicleLanes };
      }
    });
    this.ledger.postMessage({ type: 'capacity?', sailingId: this.sailingId });
  }

  admit(scan: TicketScan): AdmitResult {
    if (scan.sailingId !== this.sailingId) {
      gateHardware.flashRed(this.gateId, 'wrong sailing');
      return 'wrong-sailing';
    }

    this.requestCapacity();
    const enoughSeats = this.remaining.passengers >= scan.passengers;
    const enoughDeck = !scan.vehicle || this.remaining.vehicleLanes > 0;
    if (!enoughSeats || !enoughDeck) {
      gateHardware.flashRed(this.gateId, 'sailing full');
      return 'full';
    }

    this.ledger.postMessage({ type: 'consume', sailingId: this.sailingId, code: scan.code, passengers: scan.passengers, vehicle: scan.vehicle });
    this.admittedToday += scan.passengers;
    gateHardware.open(this.gateId);
    terminalLog.info('admitted', { gateId: this.gateId, code: scan.code, passengers: scan.passengers });
    return 'admitted';
  }

  stats(): { gateId: string; admittedToday: number } {
    return { gateId: this.gateId, admittedToday: this.admittedToday };
  }
}

export function startLedger(scriptPath: string): Worker {
  const worker = new Worker(scriptPath, { workerData: { persist: true } });
  worker.unref();
  return worker;
}
