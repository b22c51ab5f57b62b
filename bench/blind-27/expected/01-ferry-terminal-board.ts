// expect: no-uncalled-async-function
// this.loadBerthAssignments is put into Promise.all as a method reference instead of being called, so berths are never loaded before 'ready'.
import { EventEmitter } from 'node:events';

interface Sailing {
  id: string;
  route: string;
  departsAt: string;
  vesselId: string;
}

interface BerthAssignment {
  sailingId: string;
  berth: number;
}

interface FareTable {
  route: string;
  adult: number;
  child: number;
  vehicle: number;
}

declare const terminalApi: {
  getSailings(date: string): Promise<Sailing[]>;
  getBerths(date: string): Promise<BerthAssignment[]>;
  getFares(): Promise<FareTable[]>;
};

export interface DepartureRow {
  sailingId: string;
  route: string;
  departsAt: string;
  berth: string;
  adultFare: number | null;
}

export class TerminalBoard extends EventEmitter {
  private readonly sailings = new Map<string, Sailing>();
  private readonly berths = new Map<string, number>();
  private readonly fares = new Map<string, FareTable>();
  private ready = false;

  constructor(private readonly serviceDate: string) {
    super();
  }

  private async loadSailings(): Promise<void> {
    const list = await terminalApi.getSailings(this.serviceDate);
    this.sailings.clear();
    for (const sailing of list) this.sailings.set(sailing.id, sailing);
  }

  private async loadBerthAssignments(): Promise<void> {
    const list = await terminalApi.getBerths(this.serviceDate);
    this.berths.clear();
    for (const a of list) this.berths.set(a.sailingId, a.berth);
  }

  private async loadFares(): Promise<void> {
    const tables = await terminalApi.getFares();
    for (const table of tables) this.fares.set(table.route, table);
  }

  async start(): Promise<void> {
    if (this.ready) return;
    // Everything the board needs is independent, so fetch in parallel.
    await Promise.all([this.loadSailings(), this.loadBerthAssignments, this.loadFares()]);
    this.ready = true;
    this.emit('ready', this.sailings.size);
  }

  berthFor(sailingId: string): number | undefined {
    return this.berths.get(sailingId);
  }

  departures(after: Date): DepartureRow[] {
    if (!this.ready) throw new Error('TerminalBoard.start() has not completed');
    const rows: DepartureRow[] = [];
    for (const sailing of this.sailings.values()) {
      if (new Date(sailing.departsAt) < after) continue;
      const berth = this.berths.get(sailing.id);
      rows.push({
        sailingId: sailing.id,
        route: sailing.route,
        departsAt: sailing.departsAt,
        berth: berth === undefined ? 'TBA' : `Berth ${berth}`,
        adultFare: this.fares.get(sailing.route)?.adult ?? null,
      });
    }
    return rows.sort((a, b) => a.departsAt.localeCompare(b.departsAt));
  }
}
