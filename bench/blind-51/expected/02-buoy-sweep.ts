// expect: none
// Method references are handed only to things that call them (map, withRetry's factory parameter); every Promise.all entry is an actual call result.
export interface BuoyObservation {
  buoyId: string;
  windKnots: number;
  swellM: number;
  pressureHpa: number;
  observedAt: string;
}

export interface SweepResult {
  shipCallsign: string;
  observations: BuoyObservation[];
  forecastIssuedAt: string;
}

declare const buoyLink: {
  query(buoyId: string): Promise<Omit<BuoyObservation, 'buoyId'>>;
};
declare const forecastDesk: {
  latestIssue(): Promise<{ issuedAt: string }>;
};
declare const shipLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export async function withRetry<T>(factory: () => Promise<T>, attempts = 3, delayMs = 250): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await factory();
    } catch (err) {
      lastError = err;
      if (attempt < attempts) {
        await new Promise<void>((resolve) => setTimeout(resolve, delayMs * attempt));
      }
    }
  }
  throw lastError;
}

export class WeatherShipSweep {
  constructor(private readonly callsign: string, private readonly buoyIds: readonly string[]) {}

  readonly readBuoy = async (buoyId: string): Promise<BuoyObservation> => {
    const reading = await withRetry(() => buoyLink.query(buoyId));
    if (reading.pressureHpa < 870 || reading.pressureHpa > 1085) {
      shipLog.warn('implausible pressure reading', { buoyId, pressureHpa: reading.pressureHpa });
    }
    return { buoyId, ...reading };
  };

  private async fetchIssue(): Promise<string> {
    const issue = await forecastDesk.latestIssue();
    return issue.issuedAt;
  }

  async sweep(): Promise<SweepResult> {
    const [observations, forecastIssuedAt] = await Promise.all([
      Promise.all(this.buoyIds.map(this.readBuoy)),
      withRetry(this.fetchIssue.bind(this)),
    ]);
    return { shipCallsign: this.callsign, observations, forecastIssuedAt };
  }

  static strongestWind(result: SweepResult): BuoyObservation | undefined {
    let best: BuoyObservation | undefined;
    for (const obs of result.observations) {
      if (!best || obs.windKnots > best.windKnots) best = obs;
    }
    return best;
  }

  static galeWarnings(result: SweepResult, thresholdKnots = 34): string[] {
    return result.observations
      .filter((obs) => obs.windKnots >= thresholdKnots)
      .map((obs) => `${obs.buoyId}: ${obs.windKnots}kn, swell ${obs.swellM.toFixed(1)}m`);
  }
}

export function summarise(result: SweepResult): string {
  const strongest = WeatherShipSweep.strongestWind(result);
  const warnings = WeatherShipSweep.galeWarnings(result);
  const lines = [
    `${result.shipCallsign} sweep, forecast issue ${result.forecastIssuedAt}`,
    `buoys reporting: ${result.observations.length}`,
    strongest ? `strongest wind ${strongest.windKnots}kn at ${strongest.buoyId}` : 'no wind data',
    ...warnings.map((w) => `GALE ${w}`),
  ];
  return lines.join('\n');
}
