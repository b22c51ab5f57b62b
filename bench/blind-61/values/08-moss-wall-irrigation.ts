// expect: no-promise-as-value
// submitSchedule serialises { plan: this.buildPlan(wall) } without awaiting the async buildPlan, so the controller receives "plan": {} and runs an empty schedule.
export interface WallSection {
  sectionId: string;
  areaM2: number;
  aspect: "north" | "south" | "east" | "west";
  emitterLph: number;
}

export interface MossWall {
  wallId: string;
  site: string;
  sections: WallSection[];
}

export interface PlannedRun {
  sectionId: string;
  startMinute: number;
  seconds: number;
}

declare const weather: {
  forecast(site: string): Promise<{ maxTempC: number; rainMm: number; humidityPct: number }>;
};
declare const controllerApi: {
  endpoint(wallId: string): string;
  token(): Promise<string>;
};

const LITRES_PER_M2: Record<WallSection["aspect"], number> = {
  north: 0.4,
  east: 0.6,
  west: 0.7,
  south: 0.9,
};

export function litresFor(section: WallSection, maxTempC: number): number {
  const heatFactor = maxTempC > 28 ? 1.5 : maxTempC > 20 ? 1.2 : 1;
  return section.areaM2 * LITRES_PER_M2[section.aspect] * heatFactor;
}

export class IrrigationPlanner {
  constructor(private readonly pulsesPerDay = 6) {}

  async buildPlan(wall: MossWall): Promise<PlannedRun[]> {
    const fc = await weather.forecast(wall.site);
    if (fc.rainMm > 5 || fc.humidityPct > 90) return [];

    const runs: PlannedRun[] = [];
    const spacing = Math.floor((24 * 60) / this.pulsesPerDay);
    for (const section of wall.sections) {
      const litres = litresFor(section, fc.maxTempC) / this.pulsesPerDay;
      const seconds = Math.ceil((litres / section.emitterLph) * 3_600);
      for (let pulse = 0; pulse < this.pulsesPerDay; pulse++) {
        runs.push({ sectionId: section.sectionId, startMinute: pulse * spacing + 6 * 60, seconds });
      }
    }
    return runs.sort((a, b) => a.startMinute - b.startMinute);
  }

  async submitSchedule(wall: MossWall, date: string): Promise<number> {
    if (wall.sections.length === 0) {
      throw new Error(`wall ${wall.wallId} has no irrigated sections`);
    }
    const token = await controllerApi.token();
    const res = await fetch(`${controllerApi.endpoint(wall.wallId)}/schedules/${date}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        wallId: wall.wallId,
        date,
        timezone: "Europe/Amsterdam",
        plan: this.buildPlan(wall),
      }),
    });
    if (!res.ok) {
      throw new Error(`controller for ${wall.wallId} rejected schedule: ${res.status}`);
    }
    const { accepted } = (await res.json()) as { accepted: number };
    return accepted;
  }
}
