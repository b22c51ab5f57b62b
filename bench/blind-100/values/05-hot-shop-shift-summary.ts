// expect: none
// Every async lookup is awaited before it reaches the template string, the ?? fallback and the JSON body, so the posted summary carries real temperatures and counts rather than promises.
export interface FurnaceProbe {
  readCelsius(zone: 'melt' | 'glory-hole' | 'annealer'): Promise<number | null>;
}

export interface PieceLog {
  piecesFinishedSince(since: Date): Promise<number>;
  breakagesSince(since: Date): Promise<number>;
}

export interface ShiftSummary {
  shiftStart: string;
  finished: number;
  breakages: number;
  meltC: number;
  annealerC: number;
  note: string;
}

const LAST_KNOWN_ANNEALER_C = 482;

export class ShiftReporter {
  constructor(
    private readonly probe: FurnaceProbe,
    private readonly log: PieceLog,
    private readonly webhookUrl: string,
  ) {}

  async summarize(shiftStart: Date): Promise<ShiftSummary> {
    const [finished, breakages] = await Promise.all([
      this.log.piecesFinishedSince(shiftStart),
      this.log.breakagesSince(shiftStart),
    ]);
    const meltC = (await this.probe.readCelsius('melt')) ?? 0;
    const annealerC = (await this.probe.readCelsius('annealer')) ?? LAST_KNOWN_ANNEALER_C;
    const breakRate = finished + breakages === 0 ? 0 : breakages / (finished + breakages);

    return {
      shiftStart: shiftStart.toISOString(),
      finished,
      breakages,
      meltC,
      annealerC,
      note: `Glory hole at ${(await this.probe.readCelsius('glory-hole')) ?? 'n/a'}°C; ${Math.round(breakRate * 100)}% breakage`,
    };
  }

  async post(shiftStart: Date): Promise<void> {
    const summary = await this.summarize(shiftStart);
    const res = await fetch(this.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: `Shift report`, summary }),
    });
    if (!res.ok) throw new Error(`shift webhook answered ${res.status}`);
  }
}
