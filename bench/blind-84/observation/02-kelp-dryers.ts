// expect: none
// The forecast request starts before the rack query, but its rejection handler is attached in the same expression, so it cannot reject unobserved during the rack await or the early return.
export interface Forecast {
  site: string;
  hours: Array<{ at: string; rainMm: number; windKph: number; humidityPct: number }>;
}

export interface DryingRack {
  id: string;
  site: string;
  loadKg: number;
  species: "sugar kelp" | "dulse" | "bladderwrack" | "oarweed";
  covered: boolean;
}

export interface RackInstruction {
  rackId: string;
  action: "leave" | "cover" | "bring-in";
  reason: string;
}

declare const weather: {
  forecast(site: string, hours: number): Promise<Forecast>;
};

declare const rackDb: {
  listRacks(site: string): Promise<DryingRack[]>;
  saveInstructions(site: string, instructions: RackInstruction[]): Promise<void>;
};

declare const logger: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const CAUTIOUS_FORECAST = (site: string): Forecast => ({
  site,
  hours: Array.from({ length: 12 }, (_, i) => ({
    at: new Date(Date.now() + i * 3_600_000).toISOString(),
    rainMm: 1,
    windKph: 30,
    humidityPct: 90,
  })),
});

function instructionFor(rack: DryingRack, forecast: Forecast): RackInstruction {
  const next6 = forecast.hours.slice(0, 6);
  const rain = next6.reduce((sum, h) => sum + h.rainMm, 0);
  const gusty = next6.some((h) => h.windKph > 45);
  if (gusty && rack.loadKg < 20) {
    return { rackId: rack.id, action: "bring-in", reason: "light rack in gusts above 45 kph" };
  }
  if (rain > 0.5 && !rack.covered) {
    return { rackId: rack.id, action: "cover", reason: `${rain.toFixed(1)} mm rain expected` };
  }
  return { rackId: rack.id, action: "leave", reason: "dry enough" };
}

export async function planDryingShift(site: string): Promise<RackInstruction[]> {
  const forecast = weather.forecast(site, 12).catch((err: unknown) => {
    logger.warn("forecast unavailable, assuming wet and windy", { site, error: String(err) });
    return CAUTIOUS_FORECAST(site);
  });

  const racks = await rackDb.listRacks(site);
  if (racks.length === 0) return [];

  const resolvedForecast = await forecast;
  const instructions = racks.map((rack) => instructionFor(rack, resolvedForecast));
  await rackDb.saveInstructions(site, instructions);
  return instructions;
}
