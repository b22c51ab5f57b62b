// expect: no-uncalled-async-function
// this.archiveTracks is placed in Promise.all uncalled, so the array holds a function that "resolves" immediately and the GPS tracks are never archived before the race's live buffer is purged.
export interface Race {
  id: string;
  fleet: string;
  startedAt: Date;
  finishedAt?: Date;
}

export interface TrackPoint {
  sailNumber: string;
  lat: number;
  lng: number;
  t: number;
}

export interface LiveTracking {
  pointsFor(raceId: string): Promise<TrackPoint[]>;
  purge(raceId: string): Promise<void>;
}

export interface ResultsSite {
  publish(raceId: string, html: string): Promise<void>;
}

export interface ColdStorage {
  put(key: string, body: string): Promise<void>;
}

export class RaceOffice {
  private currentRace: Race | undefined;

  constructor(
    private readonly tracking: LiveTracking,
    private readonly site: ResultsSite,
    private readonly storage: ColdStorage,
    private readonly renderResults: (race: Race) => string,
  ) {}

  open(race: Race): void {
    this.currentRace = race;
  }

  private async publishResults(race: Race): Promise<void> {
    await this.site.publish(race.id, this.renderResults(race));
  }

  private async archiveTracks(): Promise<void> {
    const race = this.currentRace;
    if (!race) return;
    const points = await this.tracking.pointsFor(race.id);
    const ndjson = points.map((p) => JSON.stringify(p)).join('\n');
    await this.storage.put(`tracks/${race.fleet}/${race.id}.ndjson`, ndjson);
  }

  async closeRace(finishedAt: Date): Promise<Race> {
    const race = this.currentRace;
    if (!race) throw new Error('no race is open');
    race.finishedAt = finishedAt;

    await Promise.all([this.publishResults(race), this.archiveTracks]);
    await this.tracking.purge(race.id);

    this.currentRace = undefined;
    return race;
  }
}
