// expect: no-promise-as-value
// Bug: the exit event published to the billing bus carries amountCents: this.tariff.feeFor(ticket), an un-awaited Promise, which serializes as {}.
import { randomUUID } from "node:crypto";

export interface Ticket {
  id: string;
  plate: string;
  level: number;
  enteredAt: Date;
  validated: boolean;
}

interface Tariff {
  feeFor(ticket: Ticket, exitAt?: Date): Promise<number>;
}

declare const billingBus: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};

declare const barrier: {
  raise(lane: number): Promise<void>;
  lower(lane: number): Promise<void>;
};

declare const plateReader: {
  read(lane: number, signal: AbortSignal): Promise<string | null>;
};

export class ExitLane {
  private readonly openTickets = new Map<string, Ticket>();

  constructor(
    private readonly lane: number,
    private readonly tariff: Tariff,
    private readonly readTimeoutMs = 4_000,
  ) {}

  admit(ticket: Ticket): void {
    this.openTickets.set(ticket.plate, ticket);
  }

  private async identify(): Promise<Ticket | undefined> {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), this.readTimeoutMs);
    try {
      const plate = await plateReader.read(this.lane, ctrl.signal);
      return plate ? this.openTickets.get(plate) : undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  async handleVehicle(): Promise<"opened" | "attendant"> {
    const ticket = await this.identify();
    if (!ticket) return "attendant";

    const exitAt = new Date();
    if (!ticket.validated) {
      const due = await this.tariff.feeFor(ticket, exitAt);
      if (due > 0) return "attendant";
    }

    await billingBus.publish("garage.exit", {
      eventId: randomUUID(),
      ticketId: ticket.id,
      plate: ticket.plate,
      lane: this.lane,
      level: ticket.level,
      enteredAt: ticket.enteredAt.toISOString(),
      exitedAt: exitAt.toISOString(),
      minutes: Math.ceil((exitAt.getTime() - ticket.enteredAt.getTime()) / 60_000),
      amountCents: this.tariff.feeFor(ticket, exitAt),
    });

    this.openTickets.delete(ticket.plate);
    await barrier.raise(this.lane);
    setTimeout(() => {
      barrier.lower(this.lane).catch((err) => console.error(`lane ${this.lane} barrier stuck`, err));
    }, 8_000).unref();
    return "opened";
  }
}
