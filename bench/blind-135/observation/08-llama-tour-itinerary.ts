// expect: none
// The three independent lookups are started together and awaited through a single Promise.all, so a rejection from any of them is observed immediately.
export interface Trail {
  trailId: string;
  name: string;
  lengthKm: number;
  ascentM: number;
}

export interface LlamaAvailability {
  llamaId: string;
  name: string;
  maxPackKg: number;
  restedDays: number;
}

export interface Forecast {
  date: string;
  precipitationMm: number;
  windKph: number;
}

export interface TourServices {
  trail(trailId: string): Promise<Trail>;
  availableLlamas(date: string): Promise<LlamaAvailability[]>;
  forecast(trailId: string, date: string): Promise<Forecast>;
}

export interface Itinerary {
  trail: Trail;
  date: string;
  llamas: LlamaAvailability[];
  packCapacityKg: number;
  warnings: string[];
}

export class ItineraryPlanner {
  constructor(private services: TourServices) {}

  async plan(trailId: string, date: string, guests: number): Promise<Itinerary> {
    const [trail, llamas, forecast] = await Promise.all([
      this.services.trail(trailId),
      this.services.availableLlamas(date),
      this.services.forecast(trailId, date),
    ]);

    const needed = Math.ceil(guests / 2);
    const chosen = llamas
      .filter((l) => l.restedDays >= 1)
      .sort((a, b) => b.maxPackKg - a.maxPackKg)
      .slice(0, needed);

    const warnings: string[] = [];
    if (chosen.length < needed) warnings.push(`only ${chosen.length} rested llamas for ${guests} guests`);
    if (forecast.windKph > 45) warnings.push(`high wind forecast (${forecast.windKph} kph)`);
    if (forecast.precipitationMm > 10) warnings.push('heavy rain expected; muddy switchbacks');
    if (trail.ascentM > 900 && guests > 8) warnings.push('large group on a steep trail');

    return {
      trail,
      date,
      llamas: chosen,
      packCapacityKg: chosen.reduce((kg, l) => kg + l.maxPackKg, 0),
      warnings,
    };
  }

  async summary(trailId: string, date: string, guests: number): Promise<string> {
    const it = await this.plan(trailId, date, guests);
    const names = it.llamas.map((l) => l.name).join(', ') || 'none';
    return `${it.trail.name} (${it.trail.lengthKm} km) on ${it.date}: ${names}; ${it.warnings.length} warning(s)`;
  }
}
