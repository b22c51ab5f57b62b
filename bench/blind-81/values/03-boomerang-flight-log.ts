// expect: no-read-before-settle
// The constructor stores club settings inside a .then callback, but openSession calls record() synchronously right after construction, so this.settings is always still undefined and the default wind limit is used.
export interface ClubSettings {
  clubId: string;
  maxWindKmh: number;
  fieldRadiusM: number;
  units: 'metric' | 'imperial';
}

export interface ThrowInput {
  thrower: string;
  distanceM: number;
  airtimeSec: number;
  windKmh: number;
  caught: boolean;
}

export interface ThrowRecord extends ThrowInput {
  valid: boolean;
  note?: string;
}

declare const clubDirectory: {
  settings(clubId: string): Promise<ClubSettings>;
};

const DEFAULT_MAX_WIND_KMH = 25;
const DEFAULT_FIELD_RADIUS_M = 50;

export class FlightLog {
  private settings?: ClubSettings;
  private settingsError?: unknown;
  private readonly records: ThrowRecord[] = [];

  constructor(readonly clubId: string) {
    clubDirectory.settings(clubId).then(
      (settings) => {
        this.settings = settings;
      },
      (err: unknown) => {
        this.settingsError = err;
      },
    );
  }

  record(input: ThrowInput): ThrowRecord {
    const maxWind = this.settings?.maxWindKmh ?? DEFAULT_MAX_WIND_KMH;
    const radius = this.settings?.fieldRadiusM ?? DEFAULT_FIELD_RADIUS_M;
    let note: string | undefined;
    if (input.windKmh > maxWind) note = `wind ${input.windKmh} km/h above club limit ${maxWind}`;
    else if (input.distanceM > radius * 2) note = 'landed outside the throwing field';
    const record: ThrowRecord = { ...input, valid: note === undefined, note };
    this.records.push(record);
    return record;
  }

  get settingsProblem(): string | undefined {
    return this.settingsError === undefined ? undefined : String(this.settingsError);
  }

  personalBests(): Map<string, ThrowRecord> {
    const best = new Map<string, ThrowRecord>();
    for (const record of this.records) {
      if (!record.valid || !record.caught) continue;
      const current = best.get(record.thrower);
      if (!current || record.airtimeSec > current.airtimeSec) best.set(record.thrower, record);
    }
    return best;
  }
}

export function openSession(clubId: string, throws: readonly ThrowInput[]): { log: FlightLog; rejected: ThrowRecord[] } {
  const log = new FlightLog(clubId);
  const rejected = throws.map((input) => log.record(input)).filter((record) => !record.valid);
  return { log, rejected };
}

export function formatDistance(record: ThrowRecord, units: ClubSettings['units']): string {
  return units === 'imperial' ? `${Math.round(record.distanceM * 3.281)} ft` : `${record.distanceM.toFixed(1)} m`;
}
