// expect: none
// The ?? picks between an in-flight promise and a new one (both promises, then awaited), and all ===, truthiness and template uses operate on awaited values.
export interface BoatAvailability {
  boatId: string;
  free: boolean;
  nextFreeAt: number | null;
}

export interface Hold {
  holdId: string;
  boatId: string;
  customer: string;
  expiresAt: number;
}

declare const fleetApi: {
  availability(boatId: string): Promise<BoatAvailability>;
  placeHold(boatId: string, customer: string): Promise<Hold>;
  currentHolder(boatId: string): Promise<string | null>;
};
declare const sms: { send(to: string, text: string): Promise<void> };

export class RentalDesk {
  private readonly inflight = new Map<string, Promise<BoatAvailability>>();

  private availability(boatId: string): Promise<BoatAvailability> {
    const pending =
      this.inflight.get(boatId) ??
      fleetApi.availability(boatId).finally(() => this.inflight.delete(boatId));
    this.inflight.set(boatId, pending);
    return pending;
  }

  async holdBoat(boatId: string, customer: string, phone: string): Promise<Hold | null> {
    const avail = await this.availability(boatId);
    if (!avail.free) {
      const when = avail.nextFreeAt ? new Date(avail.nextFreeAt).toLocaleTimeString('en-GB') : 'later today';
      await sms.send(phone, `Swan ${boatId} is out on the lake; next free ${when}.`);
      return null;
    }

    const hold = await fleetApi.placeHold(boatId, customer);
    const holder = await fleetApi.currentHolder(boatId);
    if (holder === customer) {
      await sms.send(phone, `Swan ${boatId} held for you until ${new Date(hold.expiresAt).toLocaleTimeString('en-GB')}.`);
      return hold;
    }
    // Someone at the other kiosk won the race for this boat.
    await sms.send(phone, `Sorry, swan ${boatId} was just taken. Please pick another boat.`);
    return null;
  }

  async firstFree(boatIds: string[]): Promise<string | null> {
    const all = await Promise.all(boatIds.map((id) => this.availability(id)));
    const free = all.find((a) => a.free);
    return free?.boatId ?? null;
  }

  async waitEstimateMinutes(boatIds: string[], now = Date.now()): Promise<number> {
    const all = await Promise.all(boatIds.map((id) => this.availability(id)));
    if (all.some((a) => a.free)) return 0;
    const soonest = Math.min(...all.map((a) => a.nextFreeAt ?? Number.POSITIVE_INFINITY));
    return Number.isFinite(soonest) ? Math.max(0, Math.ceil((soonest - now) / 60_000)) : -1;
  }
}
