// expect: none
// The poll loop calls readLevel() afresh each round, and ready() is a memoised connect that is reset on failure, not a retry.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Enclosure {
  id: string;
  species: string;
  headcount: number;
  dailyRationKg: number;
  feedsPerDay: number;
}

interface HopperLink {
  connect(): Promise<void>;
  readLevel(): Promise<number>; // kg currently in the hopper
  openGate(kg: number): Promise<void>;
}

declare function openHopperLink(enclosureId: string): HopperLink;
declare function logFeeding(entry: { enclosureId: string; kg: number; at: Date }): Promise<void>;

const POLL_INTERVAL_MS = 1500;
const FILL_TIMEOUT_MS = 90_000;

export class FeedingStation {
  private connecting?: Promise<void>;
  private readonly link: HopperLink;

  constructor(private readonly enclosure: Enclosure) {
    this.link = openHopperLink(enclosure.id);
  }

  private ready(): Promise<void> {
    this.connecting ??= this.link.connect().catch((err: unknown) => {
      this.connecting = undefined;
      throw err;
    });
    return this.connecting;
  }

  portionKg(): number {
    const perFeed = this.enclosure.dailyRationKg / this.enclosure.feedsPerDay;
    return Math.round(perFeed * 100) / 100;
  }

  async waitForLevel(minKg: number): Promise<number> {
    await this.ready();
    const deadline = Date.now() + FILL_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const level = await this.link.readLevel();
      if (level >= minKg) {
        return level;
      }
      await sleep(POLL_INTERVAL_MS);
    }
    throw new Error(`hopper for ${this.enclosure.id} did not reach ${minKg}kg in time`);
  }

  async feed(): Promise<number> {
    const portion = this.portionKg();
    await this.waitForLevel(portion);
    await this.link.openGate(portion);
    await logFeeding({ enclosureId: this.enclosure.id, kg: portion, at: new Date() });
    return portion;
  }
}

export async function morningRound(enclosures: Enclosure[]): Promise<Map<string, number>> {
  const fed = new Map<string, number>();
  const ordered = [...enclosures].sort((a, b) => b.headcount - a.headcount);
  for (const enclosure of ordered) {
    const station = new FeedingStation(enclosure);
    fed.set(enclosure.id, await station.feed());
  }
  return fed;
}
