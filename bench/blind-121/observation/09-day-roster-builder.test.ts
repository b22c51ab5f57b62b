// expect: none
// The forecast promise is stored and then awaited before any other await, with only synchronous work in between, so it always has a handler by the time it could reject.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Stand {
  no: number;
  open: boolean;
  pen: string;
}

interface ShedDay {
  date: string;
  station: string;
  stands: Stand[];
  mobs: Array<{ name: string; head: number }>;
}

interface Forecast {
  rainMm: number;
  minTempC: number;
}

interface WeatherApi {
  forecast(station: string, date: string): Promise<Forecast>;
}

interface CrewApi {
  available(date: string): Promise<string[]>;
}

class DayRosterBuilder {
  constructor(
    private readonly weather: WeatherApi,
    private readonly crew: CrewApi,
  ) {}

  async build(day: ShedDay) {
    const forecastRequest = this.weather.forecast(day.station, day.date);
    const stands = day.stands.filter((s) => s.open).sort((a, b) => a.no - b.no);
    const totalHead = day.mobs.reduce((sum, m) => sum + m.head, 0);
    const forecast = await forecastRequest;

    if (forecast.rainMm > 5) {
      return { date: day.date, status: 'postponed' as const, reason: 'wet sheep cannot be shorn' };
    }

    const shearers = await this.crew.available(day.date);
    const assignments = stands.slice(0, shearers.length).map((stand, i) => ({ stand: stand.no, shearer: shearers[i] }));
    const perShearer = assignments.length ? Math.ceil(totalHead / assignments.length) : totalHead;
    return { date: day.date, status: 'rostered' as const, assignments, perShearer };
  }
}

const day: ShedDay = {
  date: '2025-11-03',
  station: 'Glenmore',
  stands: [
    { no: 2, open: true, pen: 'B' },
    { no: 1, open: true, pen: 'A' },
    { no: 3, open: false, pen: 'C' },
  ],
  mobs: [
    { name: 'two-tooth ewes', head: 420 },
    { name: 'hoggets', head: 300 },
  ],
};

describe('DayRosterBuilder', () => {
  let weather: { forecast: ReturnType<typeof vi.fn> };
  let crew: { available: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    weather = { forecast: vi.fn().mockResolvedValue({ rainMm: 0, minTempC: 6 }) };
    crew = { available: vi.fn().mockResolvedValue(['Mere', 'Jock']) };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('assigns available shearers to open stands in order', async () => {
    const builder = new DayRosterBuilder(weather as unknown as WeatherApi, crew as unknown as CrewApi);
    const roster = await builder.build(day);
    expect(roster).toMatchObject({
      status: 'rostered',
      assignments: [
        { stand: 1, shearer: 'Mere' },
        { stand: 2, shearer: 'Jock' },
      ],
      perShearer: 360,
    });
  });

  it('postpones when heavy rain is forecast and never asks for crew', async () => {
    weather.forecast.mockResolvedValue({ rainMm: 12, minTempC: 4 });
    const builder = new DayRosterBuilder(weather as unknown as WeatherApi, crew as unknown as CrewApi);
    const roster = await builder.build(day);
    expect(roster.status).toBe('postponed');
    expect(crew.available).not.toHaveBeenCalled();
  });

  it('surfaces a forecast outage', async () => {
    weather.forecast.mockRejectedValue(new Error('MetService 503'));
    const builder = new DayRosterBuilder(weather as unknown as WeatherApi, crew as unknown as CrewApi);
    await expect(builder.build(day)).rejects.toThrow('MetService 503');
  });
});
