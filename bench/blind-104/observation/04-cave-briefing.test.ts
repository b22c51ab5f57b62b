// expect: no-unobserved-promise
// briefing() starts the forecast request and then awaits the guide roster first, so a forecast that rejects while the roster is still loading has no handler yet and crashes the process as an unhandled rejection.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface CaveForecast {
  caveId: string;
  meltwaterCm: number;
  tempC: number;
}

interface Guide {
  name: string;
  ropeCertified: boolean;
}

interface WeatherService {
  forecast(caveId: string): Promise<CaveForecast>;
}

interface GuideRoster {
  onDuty(caveId: string): Promise<Guide[]>;
}

interface Briefing {
  caveId: string;
  leadGuide: string | null;
  status: 'go' | 'ropes-only' | 'closed';
}

class BriefingService {
  private readonly board = new Map<string, Briefing>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly weather: WeatherService,
    private readonly roster: GuideRoster,
  ) {}

  async briefing(caveId: string): Promise<Briefing> {
    const forecast = this.weather.forecast(caveId);
    const guides = await this.roster.onDuty(caveId);
    const { meltwaterCm } = await forecast;

    const lead = guides.find((g) => g.ropeCertified) ?? guides[0];
    const status = meltwaterCm > 40 || !lead ? 'closed' : meltwaterCm > 15 ? 'ropes-only' : 'go';
    const result: Briefing = { caveId, leadGuide: lead?.name ?? null, status };
    this.board.set(caveId, result);
    return result;
  }

  posted(caveId: string): Briefing | undefined {
    return this.board.get(caveId);
  }

  autoRefresh(caveIds: string[], everyMs: number, onError: (err: unknown) => void): void {
    this.timer = setInterval(() => {
      Promise.all(caveIds.map((id) => this.briefing(id))).then(() => undefined, onError);
    }, everyMs);
  }

  close(): void {
    clearInterval(this.timer);
    this.board.clear();
  }
}

describe('BriefingService', () => {
  let forecast: ReturnType<typeof mock.fn<WeatherService['forecast']>>;
  let onDuty: ReturnType<typeof mock.fn<GuideRoster['onDuty']>>;
  let service: BriefingService;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setInterval'] });
    forecast = mock.fn<WeatherService['forecast']>(async (caveId) => ({ caveId, meltwaterCm: 8, tempC: -1 }));
    onDuty = mock.fn<GuideRoster['onDuty']>(async () => [
      { name: 'Sigrun', ropeCertified: false },
      { name: 'Einar', ropeCertified: true },
    ]);
    service = new BriefingService({ forecast }, { onDuty });
  });

  afterEach(() => {
    service.close();
    mock.timers.reset();
    mock.restoreAll();
  });

  it('prefers a rope-certified lead guide', async () => {
    const b = await service.briefing('katla-blue');
    assert.deepEqual(b, { caveId: 'katla-blue', leadGuide: 'Einar', status: 'go' });
    assert.equal(forecast.mock.callCount(), 1);
  });

  it('closes the cave when meltwater is high', async () => {
    forecast.mock.mockImplementation(async (caveId) => ({ caveId, meltwaterCm: 52, tempC: 2 }));
    const b = await service.briefing('breidamerkur');
    assert.equal(b.status, 'closed');
  });

  it('closes the cave when nobody is on duty', async () => {
    onDuty.mock.mockImplementation(async () => []);
    const b = await service.briefing('katla-blue');
    assert.equal(b.leadGuide, null);
    assert.equal(b.status, 'closed');
  });

  it('refreshes the board on the interval', async () => {
    const errors: unknown[] = [];
    service.autoRefresh(['katla-blue', 'breidamerkur'], 60_000, (err) => errors.push(err));
    mock.timers.tick(60_000);
    await new Promise<void>((resolve) => setImmediate(resolve));
    assert.equal(onDuty.mock.callCount(), 2);
    assert.equal(service.posted('breidamerkur')?.status, 'go');
    assert.deepEqual(errors, []);
  });
});
