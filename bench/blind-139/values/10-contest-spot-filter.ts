// expect: none
// The worked-before and club-member lookups are awaited before being used in the === test, the ?? fallback and the template string, so every check uses resolved values.
export interface Spot {
  dx: string;
  spotter: string;
  frequencyKhz: number;
  mode: 'CW' | 'SSB' | 'RTTY' | 'FT8';
  at: Date;
}

export interface ContestLogDb {
  workedBefore(callsign: string, band: string, mode: Spot['mode']): Promise<boolean>;
  zoneOf(callsign: string): Promise<number | null>;
}

export interface ClubRoster {
  isMember(callsign: string): Promise<boolean>;
}

export interface BandmapEntry {
  label: string;
  frequencyKhz: number;
  newMultiplier: boolean;
}

function bandFor(khz: number): string {
  if (khz >= 1800 && khz < 2000) return '160m';
  if (khz >= 3500 && khz < 4000) return '80m';
  if (khz >= 7000 && khz < 7300) return '40m';
  if (khz >= 14000 && khz < 14350) return '20m';
  if (khz >= 21000 && khz < 21450) return '15m';
  if (khz >= 28000 && khz < 29700) return '10m';
  return 'out-of-band';
}

export class SpotFilter {
  private readonly zonesWorked = new Set<number>();

  constructor(private readonly log: ContestLogDb, private readonly club: ClubRoster) {}

  async toBandmap(spot: Spot): Promise<BandmapEntry | null> {
    const band = bandFor(spot.frequencyKhz);
    if (band === 'out-of-band') return null;

    const dupe = await this.log.workedBefore(spot.dx, band, spot.mode);
    if (dupe === true) return null;

    const zone = (await this.log.zoneOf(spot.dx)) ?? 0;
    const clubmate = await this.club.isMember(spot.dx);
    const newMultiplier = zone !== 0 && !this.zonesWorked.has(zone);

    return {
      label: `${spot.dx}${clubmate ? ' *club*' : ''} z${zone} ${spot.mode}`,
      frequencyKhz: spot.frequencyKhz,
      newMultiplier,
    };
  }

  markWorked(zone: number): void {
    this.zonesWorked.add(zone);
  }

  async filterAll(spots: readonly Spot[]): Promise<BandmapEntry[]> {
    const entries = await Promise.all(spots.map((s) => this.toBandmap(s)));
    return entries
      .filter((e): e is BandmapEntry => e !== null)
      .sort((a, b) => Number(b.newMultiplier) - Number(a.newMultiplier) || a.frequencyKhz - b.frequencyKhz);
  }
}
