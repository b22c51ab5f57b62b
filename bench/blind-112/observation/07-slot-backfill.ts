// expect: no-floating-promises
// The 'slot-freed' listener is an async function handed to EventEmitter.on, which ignores the returned promise, so a failing queue lookup or assignment becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface ObservingSlot {
  slotId: string;
  dish: string;
  startUtc: Date;
  minutes: number;
}

export interface ProposalRequest {
  proposalId: string;
  piEmail: string;
  minutesRequested: number;
  minElevationDeg: number;
  priority: number;
}

export interface ProposalQueue {
  nextFitting(slot: ObservingSlot): Promise<ProposalRequest | undefined>;
  markScheduled(proposalId: string, slotId: string): Promise<void>;
}

export interface ScheduleStore {
  assign(slotId: string, proposalId: string): Promise<void>;
  release(slotId: string): Promise<void>;
}

export class SlotBackfiller extends EventEmitter {
  private filled = 0;

  constructor(
    private readonly scheduler: EventEmitter,
    private readonly queue: ProposalQueue,
    private readonly store: ScheduleStore,
  ) {
    super();
  }

  start(): void {
    this.scheduler.on('slot-freed', async (slot: ObservingSlot) => {
      const proposal = await this.queue.nextFitting(slot);
      if (!proposal) {
        this.emit('idle-slot', slot);
        return;
      }
      await this.store.assign(slot.slotId, proposal.proposalId);
      await this.queue.markScheduled(proposal.proposalId, slot.slotId);
      this.filled++;
      this.emit('backfilled', { slot, proposal });
    });
  }

  async releaseForMaintenance(slot: ObservingSlot): Promise<void> {
    await this.store.release(slot.slotId);
    this.scheduler.emit('slot-freed', slot);
  }

  get filledCount(): number {
    return this.filled;
  }
}
