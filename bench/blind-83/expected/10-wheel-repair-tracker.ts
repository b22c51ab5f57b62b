// expect: none
// pollUntilDone fetches a fresh status on every iteration, and the shared in-flight promise only de-duplicates concurrent callers and is dropped once it settles.
import { setTimeout as sleep } from 'node:timers/promises';

type RepairStage = 'received' | 'assessed' | 'parts-ordered' | 'in-repair' | 'test-spin' | 'ready';

interface RepairTicket {
  ticketId: string;
  wheelType: 'saxony' | 'castle' | 'great-wheel' | 'charkha';
  stage: RepairStage;
  flyerReplaced: boolean;
  updatedAt: string;
}

declare const workshopApi: {
  ticket(id: string): Promise<RepairTicket>;
  partsEta(id: string): Promise<string | null>;
};

export class RepairTracker {
  private readonly inFlight = new Map<string, Promise<RepairTicket>>();

  current(ticketId: string): Promise<RepairTicket> {
    const existing = this.inFlight.get(ticketId);
    if (existing) return existing;
    const request = workshopApi.ticket(ticketId).finally(() => {
      this.inFlight.delete(ticketId);
    });
    this.inFlight.set(ticketId, request);
    return request;
  }

  async pollUntilDone(
    ticketId: string,
    onStage: (stage: RepairStage) => void,
    { intervalMs = 5_000, maxPolls = 720 }: { intervalMs?: number; maxPolls?: number } = {},
  ): Promise<RepairTicket> {
    let lastStage: RepairStage | undefined;
    for (let poll = 0; poll < maxPolls; poll++) {
      const ticket = await this.current(ticketId);
      if (ticket.stage !== lastStage) {
        lastStage = ticket.stage;
        onStage(ticket.stage);
      }
      if (ticket.stage === 'ready') return ticket;
      await sleep(intervalMs);
    }
    throw new Error(`ticket ${ticketId} not ready after ${maxPolls} polls`);
  }

  async summary(ticketIds: string[]): Promise<Record<RepairStage, number>> {
    const counts: Record<RepairStage, number> = {
      received: 0,
      assessed: 0,
      'parts-ordered': 0,
      'in-repair': 0,
      'test-spin': 0,
      ready: 0,
    };
    const tickets = await Promise.all(ticketIds.map((id) => this.current(id)));
    for (const t of tickets) counts[t.stage] += 1;
    return counts;
  }

  async customerMessage(ticketId: string): Promise<string> {
    const [ticket, eta] = await Promise.all([this.current(ticketId), workshopApi.partsEta(ticketId)]);
    if (ticket.stage === 'parts-ordered') {
      return eta ? `Parts for your ${ticket.wheelType} wheel are due ${eta}.` : 'Parts are on order.';
    }
    if (ticket.stage === 'ready') return `Your ${ticket.wheelType} wheel is ready for collection.`;
    return `Your wheel is currently ${ticket.stage.replace('-', ' ')}.`;
  }
}
