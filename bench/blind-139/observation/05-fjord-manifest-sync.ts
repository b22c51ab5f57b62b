// expect: none
// The async map callbacks produce an array of promises that is awaited with Promise.all, and the periodic sync catches its own failures, so nothing is dropped.
export interface FerryBooking {
  reference: string;
  sailing: string;
  passengers: number;
  vehicleLengthM: number;
}

export interface HarbourApi {
  pendingBookings(sailing: string): Promise<FerryBooking[]>;
  confirmBoarding(reference: string, gate: string): Promise<void>;
  publishManifest(sailing: string, totals: { passengers: number; laneMetres: number }): Promise<void>;
}

export interface SyncLogger {
  info(msg: string): void;
  error(msg: string, err: unknown): void;
}

export class ManifestSync {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly api: HarbourApi,
    private readonly log: SyncLogger,
    private readonly gateFor: (b: FerryBooking) => string,
  ) {}

  async syncSailing(sailing: string): Promise<number> {
    const bookings = await this.api.pendingBookings(sailing);

    await Promise.all(
      bookings.map(async (booking) => {
        await this.api.confirmBoarding(booking.reference, this.gateFor(booking));
      }),
    );

    const totals = bookings.reduce(
      (acc, b) => ({
        passengers: acc.passengers + b.passengers,
        laneMetres: acc.laneMetres + b.vehicleLengthM,
      }),
      { passengers: 0, laneMetres: 0 },
    );
    await this.api.publishManifest(sailing, totals);
    this.log.info(`sailing ${sailing}: ${bookings.length} bookings boarded`);
    return bookings.length;
  }

  startAutoSync(sailing: string, everyMs: number): void {
    this.stopAutoSync();
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = true;
      this.syncSailing(sailing)
        .finally(() => {
          this.running = false;
        })
        .catch((err: unknown) => this.log.error(`manifest sync for ${sailing} failed`, err));
    }, everyMs);
  }

  stopAutoSync(): void {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
