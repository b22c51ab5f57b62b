// expect: none
// Correct: promises are passed where promises are expected (Promise.all, the refresh memo), and only awaited values go into the JSON body and text.
export interface Gust {
  field: string;
  speedMs: number;
  directionDeg: number;
  at: number;
}

export interface Forecast {
  nextHourMaxMs: number;
  trend: 'rising' | 'steady' | 'falling';
}

declare const windMasts: {
  latest(field: string): Promise<Gust[]>;
};

declare const metService: {
  forecast(lat: number, lon: number): Promise<Forecast>;
};

declare const festivalBoard: {
  post(path: string, body: string): Promise<{ ok: boolean }>;
};

const FIELDS = ['main-arena', 'sport-kites', 'kids-field'] as const;
const VENUE = { lat: 53.801, lon: -1.549 };

export class WindBoard {
  private refreshing: Promise<void> | null = null;
  private lastPostedAt = 0;

  refresh(): Promise<void> {
    if (this.refreshing) return this.refreshing;
    this.refreshing = this.postUpdate().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async postUpdate(): Promise<void> {
    const [gustsByField, forecast] = await Promise.all([
      Promise.all(FIELDS.map((field) => windMasts.latest(field))),
      metService.forecast(VENUE.lat, VENUE.lon),
    ]);

    const fields = FIELDS.map((field, i) => {
      const gusts = gustsByField[i];
      const peak = gusts.reduce((max, g) => Math.max(max, g.speedMs), 0);
      return { field, peakMs: peak, samples: gusts.length, flying: peak < 12 };
    });

    const headline = fields.every((f) => f.flying)
      ? `All fields open - forecast ${forecast.trend}, up to ${forecast.nextHourMaxMs} m/s`
      : `Some fields closed - forecast ${forecast.trend}, up to ${forecast.nextHourMaxMs} m/s`;

    const result = await festivalBoard.post('/wind', JSON.stringify({ headline, fields, forecast }));
    if (!result.ok) throw new Error('festival board rejected wind update');
    this.lastPostedAt = Date.now();
  }

  secondsSinceUpdate(): number {
    return this.lastPostedAt === 0 ? Infinity : Math.round((Date.now() - this.lastPostedAt) / 1_000);
  }
}
