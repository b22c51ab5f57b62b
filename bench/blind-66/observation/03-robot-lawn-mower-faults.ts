// expect: no-floating-promises
// handleBladeFault calls the async notifyOwner() as a bare statement, so a failed push notification becomes an unhandled rejection and the fault flow never learns of it.
import { EventEmitter } from 'node:events';

export interface MowerState {
  mowerId: string;
  owner: string;
  zone: string;
  batteryPct: number;
  bladeRpm: number;
}

export interface BladeFault {
  mowerId: string;
  code: 'stall' | 'imbalance' | 'obstruction';
  rpmAtFault: number;
}

declare const mowerFleet: {
  state(mowerId: string): Promise<MowerState>;
  stopBlade(mowerId: string): Promise<void>;
  returnToDock(mowerId: string): Promise<void>;
  lockBlade(mowerId: string): Promise<void>;
};

declare const pushService: {
  send(user: string, title: string, body: string): Promise<{ delivered: boolean }>;
};

declare const serviceTickets: {
  open(mowerId: string, summary: string): Promise<string>;
};

export class FaultSupervisor extends EventEmitter {
  private readonly faultCounts = new Map<string, number>();

  async handleBladeFault(fault: BladeFault): Promise<string | undefined> {
    await mowerFleet.stopBlade(fault.mowerId);
    const state = await mowerFleet.state(fault.mowerId);
    const count = (this.faultCounts.get(fault.mowerId) ?? 0) + 1;
    this.faultCounts.set(fault.mowerId, count);

    this.notifyOwner(state, fault, count);

    if (fault.code === 'obstruction' && count < 3) {
      this.emit('resumed', fault.mowerId);
      return undefined;
    }

    await mowerFleet.lockBlade(fault.mowerId);
    await mowerFleet.returnToDock(fault.mowerId);
    const ticket = await serviceTickets.open(
      fault.mowerId,
      `${fault.code} at ${fault.rpmAtFault} rpm in zone ${state.zone} (fault #${count} this week)`,
    );
    this.emit('locked', fault.mowerId, ticket);
    return ticket;
  }

  private async notifyOwner(state: MowerState, fault: BladeFault, count: number): Promise<void> {
    const title = fault.code === 'obstruction' ? 'Mower hit an obstacle' : 'Mower blade needs service';
    const body =
      fault.code === 'obstruction' && count < 3
        ? `Your mower paused in ${state.zone} and will resume shortly.`
        : `Your mower returned to its dock after a ${fault.code} fault. A technician has been notified.`;
    const receipt = await pushService.send(state.owner, title, body);
    if (!receipt.delivered) {
      throw new Error(`push notification to ${state.owner} for mower ${state.mowerId} was not delivered`);
    }
  }

  resetWeeklyCounts(): void {
    this.faultCounts.clear();
  }
}
