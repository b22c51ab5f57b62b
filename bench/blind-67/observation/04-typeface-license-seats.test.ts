// expect: no-floating-promises
// afterEach calls the async store.reset() without awaiting or returning it, so the reset races the next test and its failure is never reported.
import { setTimeout as delay } from "node:timers/promises";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

type Tier = "desktop" | "web" | "app";

interface Grant {
  customer: string;
  family: string;
  tier: Tier;
  seats: number;
}

class LicenseStore {
  private grants = new Map<string, Grant>();
  private log: string[] = [];

  private key(customer: string, family: string, tier: Tier): string {
    return `${customer}::${family}::${tier}`;
  }

  async grant(g: Grant): Promise<void> {
    await delay(1);
    const k = this.key(g.customer, g.family, g.tier);
    const prev = this.grants.get(k)?.seats ?? 0;
    this.grants.set(k, { ...g, seats: prev + g.seats });
    this.log.push(`grant ${k} +${g.seats}`);
  }

  async revoke(customer: string, family: string, tier: Tier, seats: number): Promise<void> {
    await delay(1);
    const k = this.key(customer, family, tier);
    const current = this.grants.get(k);
    if (!current || current.seats < seats) {
      throw new Error(`cannot revoke ${seats} ${tier} seats of ${family} from ${customer}`);
    }
    this.grants.set(k, { ...current, seats: current.seats - seats });
    this.log.push(`revoke ${k} -${seats}`);
  }

  async seatsFor(customer: string, family: string, tier: Tier): Promise<number> {
    await delay(1);
    return this.grants.get(this.key(customer, family, tier))?.seats ?? 0;
  }

  async reset(): Promise<void> {
    await delay(2);
    this.grants.clear();
    this.log = [];
  }

  history(): readonly string[] {
    return this.log;
  }
}

describe("LicenseStore seats", () => {
  const store = new LicenseStore();

  beforeEach(async () => {
    await store.grant({ customer: "acme", family: "Grotesk Pro", tier: "desktop", seats: 5 });
  });

  afterEach(() => {
    store.reset();
  });

  it("adds seats on repeated grants", async () => {
    await store.grant({ customer: "acme", family: "Grotesk Pro", tier: "desktop", seats: 3 });
    expect(await store.seatsFor("acme", "Grotesk Pro", "desktop")).toBe(8);
  });

  it("revokes seats", async () => {
    await store.revoke("acme", "Grotesk Pro", "desktop", 2);
    expect(await store.seatsFor("acme", "Grotesk Pro", "desktop")).toBe(3);
  });

  it("refuses to revoke more seats than granted", async () => {
    await expect(store.revoke("acme", "Grotesk Pro", "desktop", 9)).rejects.toThrow(/cannot revoke 9/);
  });

  it("keeps tiers separate", async () => {
    expect(await store.seatsFor("acme", "Grotesk Pro", "web")).toBe(0);
    expect(store.history()).toEqual(["grant acme::Grotesk Pro::desktop +5"]);
  });
});
