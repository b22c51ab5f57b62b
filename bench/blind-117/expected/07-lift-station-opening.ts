// expect: no-uncalled-async-function
// The startup task list calls loadTariffs() and syncTurnstiles() but lists this.warmPassCache without calling it, so the pass cache is never warmed and Promise.all resolves immediately for that entry.
export interface Tariff {
  product: string;
  priceChf: number;
  validFrom: string;
}

export interface Turnstile {
  gateId: string;
  online: boolean;
  firmware: string;
}

export interface TicketingBackend {
  tariffs(station: string): Promise<Tariff[]>;
  turnstiles(station: string): Promise<Turnstile[]>;
  activePassIds(station: string): Promise<string[]>;
  passDetails(passId: string): Promise<{ passId: string; ridesLeft: number | null }>;
}

export class LiftStationOpening {
  private tariffsByProduct = new Map<string, Tariff>();
  private turnstiles: Turnstile[] = [];
  private readonly passCache = new Map<string, number | null>();
  private openedAt?: Date;

  constructor(
    private readonly station: string,
    private readonly backend: TicketingBackend,
  ) {}

  private async loadTariffs(): Promise<void> {
    const tariffs = await this.backend.tariffs(this.station);
    this.tariffsByProduct = new Map(tariffs.map((t) => [t.product, t]));
  }

  private async syncTurnstiles(): Promise<void> {
    const gates = await this.backend.turnstiles(this.station);
    const offline = gates.filter((g) => !g.online);
    if (offline.length === gates.length) {
      throw new Error(`All turnstiles at ${this.station} are offline`);
    }
    this.turnstiles = gates;
  }

  private async warmPassCache(): Promise<void> {
    const ids = await this.backend.activePassIds(this.station);
    const details = await Promise.all(ids.slice(0, 500).map((id) => this.backend.passDetails(id)));
    for (const d of details) {
      this.passCache.set(d.passId, d.ridesLeft);
    }
  }

  async open(): Promise<{ station: string; gatesOnline: number; products: number; cachedPasses: number }> {
    const startup = [this.loadTariffs(), this.syncTurnstiles(), this.warmPassCache];
    await Promise.all(startup);
    this.openedAt = new Date();
    return {
      station: this.station,
      gatesOnline: this.turnstiles.filter((g) => g.online).length,
      products: this.tariffsByProduct.size,
      cachedPasses: this.passCache.size,
    };
  }

  priceOf(product: string): number {
    const tariff = this.tariffsByProduct.get(product);
    if (!tariff) throw new Error(`No tariff for ${product} at ${this.station}`);
    return tariff.priceChf;
  }

  cachedRidesLeft(passId: string): number | null | undefined {
    return this.passCache.get(passId);
  }

  isOpen(): boolean {
    return this.openedAt !== undefined;
  }
}
