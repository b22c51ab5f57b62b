// expect: none
// The Map deliberately caches in-flight promises, so `if (pending) return pending` tests whether a lookup is already running and hands back that promise; it is never used as the owner record itself.
export interface BeaconOwner {
  serial: string;
  guideName: string;
  phone: string;
  lastCheckedIn: string;
}

export interface RegistryClient {
  lookup(serial: string): Promise<BeaconOwner | null>;
}

export class OwnerDirectory {
  private readonly inflight = new Map<string, Promise<BeaconOwner | null>>();
  private readonly known = new Map<string, BeaconOwner>();

  constructor(private readonly client: RegistryClient) {}

  ownerOf(serial: string): Promise<BeaconOwner | null> {
    const cached = this.known.get(serial);
    if (cached) return Promise.resolve(cached);

    const pending = this.inflight.get(serial);
    if (pending) return pending;

    const request = this.client
      .lookup(serial)
      .then((owner) => {
        if (owner) this.known.set(serial, owner);
        return owner;
      })
      .finally(() => {
        this.inflight.delete(serial);
      });
    this.inflight.set(serial, request);
    return request;
  }

  async contactsFor(serials: string[]): Promise<string[]> {
    const owners = await Promise.all(serials.map((s) => this.ownerOf(s)));
    return owners
      .filter((o): o is BeaconOwner => o !== null)
      .map((o) => `${o.guideName} <${o.phone}> (beacon ${o.serial})`);
  }

  isLookupRunning(serial: string): boolean {
    return this.inflight.has(serial);
  }

  forget(serial: string): void {
    this.known.delete(serial);
  }
}
