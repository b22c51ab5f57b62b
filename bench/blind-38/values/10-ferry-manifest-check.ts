// expect: none
// Promises are kept in a map only as pending work; every ??, === and JSON use is applied to awaited values.
export interface Booking {
  bookingRef: string;
  sailingId: string;
  leadPassenger: string;
  passengers: number;
  vehicleReg?: string;
}

export interface ScannedTicket {
  bookingRef: string;
  lane: number;
  scannedAt: string;
}

export interface ManifestCheck {
  sailingId: string;
  onboardPassengers: number;
  capacity: number;
  noShows: string[];
  unknownScans: string[];
  overCapacity: boolean;
}

declare const bookingsApi: {
  forSailing(sailingId: string): Promise<Booking[]>;
  capacityOverride(sailingId: string): Promise<number | null>;
};
declare const gateScanner: { scans(sailingId: string): Promise<ScannedTicket[]> };
declare const vessel: { certifiedPassengers(sailingId: string): Promise<number> };
declare const coastGuard: { submitManifest(body: string): Promise<void> };

export class ManifestDesk {
  private inFlight = new Map<string, Promise<ManifestCheck>>();

  check(sailingId: string): Promise<ManifestCheck> {
    const running = this.inFlight.get(sailingId);
    if (running !== undefined) return running;
    const work = this.runCheck(sailingId).finally(() => this.inFlight.delete(sailingId));
    this.inFlight.set(sailingId, work);
    return work;
  }

  private async runCheck(sailingId: string): Promise<ManifestCheck> {
    const [bookings, scans, certified] = await Promise.all([
      bookingsApi.forSailing(sailingId),
      gateScanner.scans(sailingId),
      vessel.certifiedPassengers(sailingId),
    ]);
    const capacity = (await bookingsApi.capacityOverride(sailingId)) ?? certified;

    const scanned = new Set(scans.map((s) => s.bookingRef));
    const byRef = new Map(bookings.map((b) => [b.bookingRef, b]));
    const noShows = bookings.filter((b) => !scanned.has(b.bookingRef)).map((b) => b.bookingRef);
    const unknownScans = scans.filter((s) => byRef.get(s.bookingRef)?.sailingId !== sailingId).map((s) => s.bookingRef);
    const onboardPassengers = bookings
      .filter((b) => scanned.has(b.bookingRef))
      .reduce((n, b) => n + b.passengers, 0);

    return {
      sailingId,
      onboardPassengers,
      capacity,
      noShows,
      unknownScans,
      overCapacity: onboardPassengers > capacity,
    };
  }

  async closeGate(sailingId: string): Promise<ManifestCheck> {
    const result = await this.check(sailingId);
    if (result.overCapacity === true) {
      throw new Error(`sailing ${sailingId} has ${result.onboardPassengers} aboard, certified for ${result.capacity}`);
    }
    const override = await bookingsApi.capacityOverride(sailingId);
    await coastGuard.submitManifest(
      JSON.stringify({
        sailingId,
        persons: result.onboardPassengers,
        capacity: result.capacity,
        capacityOverridden: override !== null,
        unknownScans: result.unknownScans.length,
      }),
    );
    return result;
  }
}
