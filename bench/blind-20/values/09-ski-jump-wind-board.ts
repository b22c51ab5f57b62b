// expect: no-promise-as-value
// Bug: windCompensation() is async, so the scoreboard payload carries a Promise that JSON.stringify turns into {} instead of the points value.
interface GaugeReading {
  gaugeId: string;
  metresPerSecond: number;
  bearingDeg: number;
}

interface JumpResult {
  bib: number;
  athlete: string;
  gate: number;
  distanceM: number;
  styleNotes: number[];
}

declare const gauges: {
  snapshot(hill: string, signal?: AbortSignal): Promise<GaugeReading[]>;
};

const HEADWIND_FACTOR = 7.99;
const TAILWIND_FACTOR = 9.67;
const HILL_SIZE_M = 140;

export class WindBoard {
  constructor(
    private readonly hill: string,
    private readonly scoreboardUrl: string,
    private readonly hillAxisDeg = 215,
  ) {}

  async windCompensation(): Promise<number> {
    const readings = await gauges.snapshot(this.hill, AbortSignal.timeout(2_000));
    if (readings.length === 0) return 0;
    const along = readings.map((r) => {
      const rad = ((r.bearingDeg - this.hillAxisDeg) * Math.PI) / 180;
      return r.metresPerSecond * Math.cos(rad);
    });
    const mean = along.reduce((a, b) => a + b, 0) / along.length;
    const factor = mean >= 0 ? HEADWIND_FACTOR : TAILWIND_FACTOR;
    return Math.round(-mean * factor * 10) / 10;
  }

  private styleScore(notes: number[]): number {
    const sorted = [...notes].sort((a, b) => a - b);
    return sorted.slice(1, -1).reduce((a, b) => a + b, 0);
  }

  async publish(result: JumpResult): Promise<void> {
    const distancePoints = 60 + (result.distanceM - HILL_SIZE_M) * 1.8;
    const payload = {
      bib: result.bib,
      athlete: result.athlete,
      gate: result.gate,
      distanceM: result.distanceM,
      distancePoints: Math.round(distancePoints * 10) / 10,
      stylePoints: this.styleScore(result.styleNotes),
      windPoints: this.windCompensation(),
    };

    const res = await fetch(`${this.scoreboardUrl}/hills/${encodeURIComponent(this.hill)}/jumps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (!res.ok) {
      throw new Error(`scoreboard rejected bib ${result.bib}: ${res.status} ${await res.text()}`);
    }
  }
}
