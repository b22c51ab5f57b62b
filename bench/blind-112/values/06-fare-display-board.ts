// expect: none
// The fare is read only after awaiting once(quoteFeed, 'quote'), so this.lastFare has been written by the time it is returned and displayed.
import { EventEmitter, once } from 'node:events';

export interface FareQuote {
  route: string;
  sailing: string;
  adultCents: number;
  carCents: number;
  seatsLeft: number;
}

export interface DisplayPanel {
  show(row: number, text: string): void;
  clear(): void;
}

function euros(cents: number): string {
  return `€${(cents / 100).toFixed(2)}`;
}

export class FareDisplayBoard {
  private lastFare: FareQuote | undefined;
  private readonly rows = new Map<string, number>();

  constructor(
    private readonly quoteFeed: EventEmitter,
    private readonly panel: DisplayPanel,
  ) {}

  assignRow(sailing: string, row: number): void {
    this.rows.set(sailing, row);
  }

  async refresh(route: string, sailing: string, timeoutMs = 5000): Promise<FareQuote> {
    const signal = AbortSignal.timeout(timeoutMs);
    const answered = once(this.quoteFeed, 'quote', { signal });
    this.quoteFeed.emit('request', { route, sailing });
    const [quote] = (await answered) as [FareQuote];
    this.lastFare = quote;

    const row = this.rows.get(sailing);
    if (row !== undefined) {
      const seats = this.lastFare.seatsLeft > 0 ? `${this.lastFare.seatsLeft} seats` : 'FULL';
      this.panel.show(row, `${sailing}  ${euros(this.lastFare.adultCents)}  car ${euros(this.lastFare.carCents)}  ${seats}`);
    }
    return this.lastFare;
  }

  async refreshAll(route: string): Promise<FareQuote[]> {
    const quotes: FareQuote[] = [];
    for (const sailing of this.rows.keys()) {
      quotes.push(await this.refresh(route, sailing));
    }
    return quotes;
  }

  get cachedFare(): FareQuote | undefined {
    return this.lastFare;
  }
}
