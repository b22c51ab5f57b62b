// expect: no-promise-as-value
// isVatFree is async, so the .find predicate returns a Promise that is always truthy; the first vat big enough is picked whether or not it is booked, and two lots get scheduled into the same vat.
export interface Vat {
  id: string;
  capacityKg: number;
  acidDyeRated: boolean;
}

export interface Lot {
  lotId: string;
  fibre: 'wool' | 'silk' | 'cotton';
  weightKg: number;
  day: string;
}

export interface VatBooking {
  vatId: string;
  lotId: string;
  day: string;
}

export interface BookingStore {
  bookingsOn(vatId: string, day: string): Promise<VatBooking[]>;
  save(booking: VatBooking): Promise<void>;
}

export class VatScheduler {
  constructor(private readonly vats: Vat[], private readonly store: BookingStore) {}

  private async isVatFree(vatId: string, day: string): Promise<boolean> {
    const bookings = await this.store.bookingsOn(vatId, day);
    return bookings.length === 0;
  }

  private suitable(vat: Vat, lot: Lot): boolean {
    const needsAcid = lot.fibre === 'wool' || lot.fibre === 'silk';
    return vat.capacityKg >= lot.weightKg && (!needsAcid || vat.acidDyeRated);
  }

  async schedule(lot: Lot): Promise<VatBooking> {
    const candidates = this.vats
      .filter((v) => this.suitable(v, lot))
      .sort((a, b) => a.capacityKg - b.capacityKg);

    const vat = candidates.find((v) => this.isVatFree(v.id, lot.day));
    if (!vat) {
      throw new Error(`no free vat for ${lot.lotId} (${lot.weightKg} kg ${lot.fibre}) on ${lot.day}`);
    }

    const booking: VatBooking = { vatId: vat.id, lotId: lot.lotId, day: lot.day };
    await this.store.save(booking);
    return booking;
  }

  async scheduleAll(lots: Lot[]): Promise<VatBooking[]> {
    const bookings: VatBooking[] = [];
    for (const lot of [...lots].sort((a, b) => b.weightKg - a.weightKg)) {
      bookings.push(await this.schedule(lot));
    }
    return bookings;
  }
}
