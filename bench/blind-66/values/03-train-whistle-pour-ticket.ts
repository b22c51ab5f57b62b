// expect: no-read-before-settle
// openPourTicket assigns alloyLot inside a .then callback and then builds the ticket from it synchronously, so every ticket records the 'pending' placeholder lot.
import { EventEmitter } from 'node:events';

export interface AlloyLot {
  lotId: string;
  copperPct: number;
  zincPct: number;
  tinPct: number;
}

export interface PourTicket {
  ticketId: string;
  furnaceId: string;
  whistleModel: string;
  chambers: number;
  alloyLot: string;
  openedAt: string;
}

declare const metallurgy: {
  currentLot(furnaceId: string): Promise<AlloyLot>;
};

declare const moldShop: {
  reserveMold(whistleModel: string, chambers: number): string;
  releaseMold(moldId: string): void;
};

export class FoundryFloor extends EventEmitter {
  private sequence = 0;
  private readonly openTickets = new Map<string, PourTicket>();

  openPourTicket(furnaceId: string, whistleModel: string, chambers: number): PourTicket {
    if (chambers < 1 || chambers > 6) {
      throw new RangeError(`${whistleModel}: a whistle has between 1 and 6 chambers`);
    }

    let alloyLot = 'pending';
    metallurgy
      .currentLot(furnaceId)
      .then((lot) => {
        if (lot.tinPct > 1.5) {
          this.emit('warning', `furnace ${furnaceId} lot ${lot.lotId} has ${lot.tinPct}% tin; tone may go dull`);
        }
        alloyLot = lot.lotId;
      })
      .catch((err: unknown) => this.emit('warning', `could not read alloy lot for ${furnaceId}: ${String(err)}`));

    const moldId = moldShop.reserveMold(whistleModel, chambers);
    const ticket: PourTicket = {
      ticketId: `${furnaceId}-${moldId}-${++this.sequence}`,
      furnaceId,
      whistleModel,
      chambers,
      alloyLot,
      openedAt: new Date().toISOString(),
    };
    this.openTickets.set(ticket.ticketId, ticket);
    this.emit('ticket-opened', ticket);
    return ticket;
  }

  closePourTicket(ticketId: string, moldId: string): PourTicket {
    const ticket = this.openTickets.get(ticketId);
    if (!ticket) {
      throw new Error(`no open pour ticket ${ticketId}`);
    }
    this.openTickets.delete(ticketId);
    moldShop.releaseMold(moldId);
    this.emit('ticket-closed', ticket);
    return ticket;
  }

  ticketsForFurnace(furnaceId: string): PourTicket[] {
    return [...this.openTickets.values()].filter((t) => t.furnaceId === furnaceId);
  }
}
