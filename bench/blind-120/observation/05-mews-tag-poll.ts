// expect: no-unchecked-settled-results
// Only the fulfilled entries of the allSettled results are used; rejected polls are silently dropped without their reasons ever being read or reported.
export interface Bird {
  name: string;
  species: 'peregrine' | 'saker' | 'gyrfalcon' | 'harris-hawk';
  tagId: string;
}

export interface TagFix {
  tagId: string;
  at: Date;
  lat: number;
  lon: number;
  batteryPct: number;
}

export interface TagReceiver {
  fetchFix(tagId: string): Promise<TagFix>;
}

export interface PollSummary {
  polled: number;
  fixes: TagFix[];
  lowBattery: string[];
}

const LOW_BATTERY_PCT = 20;

export class MewsPoller {
  private readonly lastSeen = new Map<string, Date>();

  constructor(private readonly receiver: TagReceiver) {}

  async pollMews(birds: Bird[]): Promise<PollSummary> {
    const results = await Promise.allSettled(birds.map((bird) => this.receiver.fetchFix(bird.tagId)));

    const fixes: TagFix[] = [];
    const lowBattery: string[] = [];
    results.forEach((result, i) => {
      if (result.status !== 'fulfilled') return;
      const bird = birds[i];
      fixes.push(result.value);
      this.lastSeen.set(bird.name, result.value.at);
      if (result.value.batteryPct < LOW_BATTERY_PCT) lowBattery.push(bird.name);
    });

    return { polled: birds.length, fixes, lowBattery };
  }

  lastSeenAt(birdName: string): Date | undefined {
    return this.lastSeen.get(birdName);
  }
}

export function distanceKm(a: TagFix, b: TagFix): number {
  const R = 6371;
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

export function strayedFromMews(fixes: TagFix[], mews: { lat: number; lon: number }, radiusKm = 3): string[] {
  const home: TagFix = { tagId: 'mews', at: new Date(0), batteryPct: 100, ...mews };
  return fixes.filter((fix) => distanceKm(fix, home) > radiusKm).map((fix) => fix.tagId);
}
