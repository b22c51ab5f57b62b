// expect: none
// every async lookup is awaited before it reaches the template strings, the `??` fallback and the JSON body sent to the marshals' channel
export interface Checkpoint {
  id: string;
  name: string;
  order: number;
  marshal: string;
}

export interface Briefing {
  paradeId: string;
  checkpoints: { id: string; name: string; etaMinutes: number; marshal: string }[];
  sunsetLocal: string;
  windKph: number;
}

declare const routeService: {
  checkpoints(paradeId: string): Promise<Checkpoint[]>;
  walkingMinutes(fromId: string, toId: string): Promise<number>;
};
declare const weather: {
  sunset(date: string): Promise<string>;
  windKph(date: string): Promise<number>;
};
declare const marshalChannel: {
  post(body: string): Promise<void>;
};

const LANTERN_WIND_LIMIT_KPH = 25;

export class BriefingBuilder {
  private readonly etaCache = new Map<string, number>();

  private async etaBetween(from: Checkpoint, to: Checkpoint): Promise<number> {
    const key = `${from.id}->${to.id}`;
    const cached = this.etaCache.get(key);
    const minutes = cached ?? (await routeService.walkingMinutes(from.id, to.id));
    this.etaCache.set(key, minutes);
    return minutes;
  }

  async build(paradeId: string, date: string): Promise<Briefing> {
    const [raw, sunsetLocal, windKph] = await Promise.all([
      routeService.checkpoints(paradeId),
      weather.sunset(date),
      weather.windKph(date),
    ]);
    const ordered = [...raw].sort((a, b) => a.order - b.order);

    const checkpoints: Briefing["checkpoints"] = [];
    let elapsed = 0;
    for (let i = 0; i < ordered.length; i++) {
      if (i > 0) elapsed += await this.etaBetween(ordered[i - 1], ordered[i]);
      checkpoints.push({ id: ordered[i].id, name: ordered[i].name, etaMinutes: elapsed, marshal: ordered[i].marshal });
    }
    return { paradeId, checkpoints, sunsetLocal, windKph };
  }

  async publish(paradeId: string, date: string): Promise<void> {
    const briefing = await this.build(paradeId, date);
    const windy = briefing.windKph > LANTERN_WIND_LIMIT_KPH;
    const header = windy
      ? `Wind ${briefing.windKph} kph: LED lanterns only, no candles.`
      : `Sunset ${briefing.sunsetLocal}; candles lit at the first checkpoint.`;
    const lines = briefing.checkpoints.map(
      (c) => `+${String(c.etaMinutes).padStart(3, " ")} min  ${c.name} — ${c.marshal}`,
    );
    await marshalChannel.post(
      JSON.stringify({ text: [header, ...lines].join("\n"), paradeId, totalMinutes: briefing.checkpoints.at(-1)?.etaMinutes ?? 0 }),
    );
  }
}
