// expect: no-promise-as-value
// isRegistered returns a promise, so the negated check is always false and fixes from unknown tags are recorded instead of being rejected.
export interface Fix {
  ts: number;
  lat: number;
  lon: number;
  altM: number;
}

export interface TagRegistry {
  isRegistered(tagId: string): Promise<boolean>;
  ownerOf(tagId: string): Promise<{ falconer: string; bird: string } | null>;
}

export interface FlightStore {
  appendFix(tagId: string, fix: Fix): Promise<void>;
  flightsToday(tagId: string): Promise<number>;
}

export class UnknownTagError extends Error {
  constructor(readonly tagId: string) {
    super(`telemetry from unregistered tag ${tagId}`);
    this.name = 'UnknownTagError';
  }
}

const MAX_PLAUSIBLE_ALT_M = 4500;

export class FlightRecorder {
  private readonly lastFix = new Map<string, Fix>();

  constructor(
    private readonly registry: TagRegistry,
    private readonly store: FlightStore,
  ) {}

  async recordFix(tagId: string, fix: Fix): Promise<void> {
    if (!this.registry.isRegistered(tagId)) {
      throw new UnknownTagError(tagId);
    }
    if (fix.altM > MAX_PLAUSIBLE_ALT_M || fix.altM < -50) {
      return; // multipath glitch near the cliffs; drop it
    }
    const previous = this.lastFix.get(tagId);
    if (previous && fix.ts <= previous.ts) {
      return; // receivers replay the buffer after reconnecting
    }
    await this.store.appendFix(tagId, fix);
    this.lastFix.set(tagId, fix);
  }

  async dailyLine(tagId: string): Promise<string> {
    const owner = await this.registry.ownerOf(tagId);
    const flights = await this.store.flightsToday(tagId);
    const who = owner ? `${owner.bird} (${owner.falconer})` : tagId;
    return `${who}: ${flights} flight${flights === 1 ? '' : 's'} today`;
  }

  climbRate(tagId: string, fix: Fix): number | null {
    const previous = this.lastFix.get(tagId);
    if (!previous) return null;
    const dt = (fix.ts - previous.ts) / 1000;
    return dt > 0 ? (fix.altM - previous.altM) / dt : null;
  }
}
