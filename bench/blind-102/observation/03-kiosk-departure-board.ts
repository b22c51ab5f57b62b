// expect: none
// The fares and sailings promises are stored in locals but handed to Promise.all in the very next statement, before any await, so a rejection from either is always observed.
export interface Sailing {
  id: string;
  vessel: string;
  departs: string;
  seatsLeft: number;
  vehicleSlotsLeft: number;
}

export interface Fare {
  category: 'adult' | 'child' | 'senior' | 'vehicle';
  cents: number;
}

interface FerryApi {
  sailings(route: string, date: string): Promise<Sailing[]>;
  fares(route: string): Promise<Fare[]>;
  notices(route: string): Promise<string[]>;
}

export interface BoardRow {
  departs: string;
  vessel: string;
  status: 'open' | 'few seats' | 'full';
  fromCents: number;
}

function statusFor(s: Sailing): BoardRow['status'] {
  if (s.seatsLeft === 0) return 'full';
  return s.seatsLeft < 20 ? 'few seats' : 'open';
}

export class DepartureBoard {
  constructor(
    private readonly api: FerryApi,
    private readonly route: string,
  ) {}

  async rows(date: string): Promise<BoardRow[]> {
    const faresRequest = this.api.fares(this.route);
    const sailingsRequest = this.api.sailings(this.route, date);
    const [fares, sailings] = await Promise.all([faresRequest, sailingsRequest]);

    const passengerFares = fares.filter((f) => f.category !== 'vehicle').map((f) => f.cents);
    const fromCents = passengerFares.length ? Math.min(...passengerFares) : 0;

    return sailings
      .filter((s) => s.departs.startsWith(date))
      .sort((a, b) => a.departs.localeCompare(b.departs))
      .map((s) => ({ departs: s.departs.slice(11, 16), vessel: s.vessel, status: statusFor(s), fromCents }));
  }

  async render(date: string): Promise<string> {
    const [rows, notices] = await Promise.all([this.rows(date), this.api.notices(this.route)]);
    const lines = rows.map(
      (r) => `${r.departs}  ${r.vessel.padEnd(18)} ${r.status.padEnd(10)} from $${(r.fromCents / 100).toFixed(2)}`,
    );
    if (notices.length) {
      lines.push('', ...notices.map((n) => `! ${n}`));
    }
    return lines.join('\n');
  }
}
