// expect: no-swallowed-abort
// The catch-all in currentWind turns an AbortError from the caller's signal into a stale cached reading, so a cancelled approach check looks like a successful one.
export interface WindReading {
  mastId: string;
  knots: number;
  gustKnots: number;
  directionDeg: number;
  observedAt: number;
  stale: boolean;
}

export interface Anemometer {
  readonly mastId: string;
  readonly url: string;
}

const MAX_AGE_MS = 10 * 60_000;

function parseMetarStyle(mastId: string, text: string): WindReading {
  // mast head anemometer reports "27014G22KT" style groups
  const match = /(\d{3})(\d{2,3})(?:G(\d{2,3}))?KT/.exec(text);
  if (!match) throw new Error(`mast ${mastId}: unparseable wind group in ${JSON.stringify(text.slice(0, 40))}`);
  const knots = Number(match[2]);
  return {
    mastId,
    directionDeg: Number(match[1]),
    knots,
    gustKnots: match[3] ? Number(match[3]) : knots,
    observedAt: Date.now(),
    stale: false,
  };
}

export class MastWindFeed {
  private readonly lastGood = new Map<string, WindReading>();

  constructor(private readonly anemometers: Anemometer[]) {}

  async currentWind(mastId: string, signal: AbortSignal): Promise<WindReading | undefined> {
    const anemometer = this.anemometers.find((a) => a.mastId === mastId);
    if (!anemometer) throw new Error(`no anemometer registered for mast ${mastId}`);

    try {
      const res = await fetch(anemometer.url, { signal, headers: { accept: 'text/plain' } });
      if (!res.ok) throw new Error(`anemometer ${mastId} answered ${res.status}`);
      const reading = parseMetarStyle(mastId, await res.text());
      this.lastGood.set(mastId, reading);
      return reading;
    } catch {
      const cached = this.lastGood.get(mastId);
      if (cached && Date.now() - cached.observedAt < MAX_AGE_MS) {
        return { ...cached, stale: true };
      }
      return undefined;
    }
  }

  async approachClear(mastId: string, signal: AbortSignal, limitKnots = 18): Promise<boolean> {
    const wind = await this.currentWind(mastId, signal);
    if (!wind) return false;
    return wind.gustKnots <= limitKnots && !wind.stale;
  }

  async worstMast(signal: AbortSignal): Promise<WindReading | undefined> {
    let worst: WindReading | undefined;
    for (const { mastId } of this.anemometers) {
      const wind = await this.currentWind(mastId, signal);
      if (wind && (!worst || wind.gustKnots > worst.gustKnots)) worst = wind;
    }
    return worst;
  }
}
