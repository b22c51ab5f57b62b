// expect: no-uncalled-async-function
// Bug: refresh() puts the method reference this.syncBeltAssignments into Promise.all instead of calling it, so belt assignments are never re-synced.
import { EventEmitter } from "node:events";

export interface BeltAssignment {
  belt: number;
  flight: string;
  firstBagAt?: Date;
  lastBagAt?: Date;
}

export interface FlightArrival {
  flight: string;
  origin: string;
  onBlocksAt: Date;
  bagCount: number;
}

declare const bhsGateway: {
  fetchBeltAssignments(terminal: string): Promise<BeltAssignment[]>;
  fetchArrivals(terminal: string, windowMinutes: number): Promise<FlightArrival[]>;
};

export class BaggageBoard extends EventEmitter {
  private assignments = new Map<number, BeltAssignment>();
  private arrivals = new Map<string, FlightArrival>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly terminal: string, private readonly intervalMs = 15_000) {
    super();
  }

  async syncBeltAssignments(): Promise<void> {
    const rows = await bhsGateway.fetchBeltAssignments(this.terminal);
    this.assignments.clear();
    for (const row of rows) {
      this.assignments.set(row.belt, row);
    }
  }

  async syncArrivals(): Promise<void> {
    const rows = await bhsGateway.fetchArrivals(this.terminal, 90);
    this.arrivals = new Map(rows.map((r) => [r.flight, r]));
  }

  async refresh(): Promise<void> {
    await Promise.all([this.syncBeltAssignments, this.syncArrivals()]);
    this.emit("updated", this.snapshot());
  }

  snapshot(): Array<BeltAssignment & { origin?: string; bagCount?: number }> {
    return [...this.assignments.values()]
      .sort((a, b) => a.belt - b.belt)
      .map((a) => {
        const arrival = this.arrivals.get(a.flight);
        return { ...a, origin: arrival?.origin, bagCount: arrival?.bagCount };
      });
  }

  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.refresh().catch((err) => this.emit("error", err));
    };
    tick();
    this.timer = setInterval(tick, this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
