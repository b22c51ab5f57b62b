// expect: no-unobserved-promise
// In the out-of-hours test the second booking rejects straight away while the test is still awaiting the slow first booking, so its rejection sits unhandled until the later expect attaches.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';

interface VisitRequest {
  client: string;
  technician: string;
  start: Date;
  instrument: string;
}

interface BookedVisit extends VisitRequest {
  ref: string;
  travelMinutes: number;
}

interface TravelPlanner {
  minutesBetween(fromClient: string | null, toClient: string): Promise<number>;
}

class TuningRoute {
  private readonly visits: BookedVisit[] = [];
  private seq = 0;

  constructor(
    private readonly travel: TravelPlanner,
    private readonly workingHours = { from: 8, to: 18 },
  ) {}

  async book(request: VisitRequest): Promise<BookedVisit> {
    const hour = request.start.getUTCHours();
    if (hour < this.workingHours.from || hour >= this.workingHours.to) {
      throw new Error(`${request.technician} does not tune outside working hours (${hour}:00)`);
    }
    const previous = this.visits.filter((v) => v.technician === request.technician).at(-1) ?? null;
    const travelMinutes = await this.travel.minutesBetween(previous?.client ?? null, request.client);
    const visit: BookedVisit = { ...request, ref: `TV-${++this.seq}`, travelMinutes };
    this.visits.push(visit);
    return visit;
  }

  forTechnician(technician: string): BookedVisit[] {
    return this.visits.filter((v) => v.technician === technician);
  }
}

describe('TuningRoute', () => {
  let minutesBetween: ReturnType<typeof vi.fn<TravelPlanner['minutesBetween']>>;
  let route: TuningRoute;

  beforeEach(() => {
    minutesBetween = vi.fn<TravelPlanner['minutesBetween']>(async (from) => {
      await sleep(5);
      return from === null ? 0 : 25;
    });
    route = new TuningRoute({ minutesBetween });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('adds travel time between consecutive clients', async () => {
    await route.book({ client: 'conservatoire', technician: 'ilse', start: new Date('2025-05-02T09:00Z'), instrument: 'Ruckers copy' });
    const second = await route.book({ client: 'St Bavo', technician: 'ilse', start: new Date('2025-05-02T12:00Z'), instrument: 'chamber organ' });

    expect(second.travelMinutes).toBe(25);
    expect(minutesBetween).toHaveBeenLastCalledWith('conservatoire', 'St Bavo');
  });

  it('books a morning visit and refuses one outside working hours', async () => {
    const morning = route.book({ client: 'Dulwich', technician: 'tomas', start: new Date('2025-05-03T08:30Z'), instrument: 'spinet' });
    const evening = route.book({ client: 'Dulwich', technician: 'tomas', start: new Date('2025-05-03T19:00Z'), instrument: 'spinet' });

    await expect(morning).resolves.toMatchObject({ technician: 'tomas', travelMinutes: 0 });
    await expect(evening).rejects.toThrow(/outside working hours/);
    expect(route.forTechnician('tomas')).toHaveLength(1);
  });

  it('keeps technicians on separate routes', async () => {
    await route.book({ client: 'Ghent', technician: 'ilse', start: new Date('2025-05-04T10:00Z'), instrument: 'virginal' });
    const other = await route.book({ client: 'Bruges', technician: 'jun', start: new Date('2025-05-04T10:00Z'), instrument: 'clavichord' });

    expect(other.travelMinutes).toBe(0);
    expect(route.forTechnician('ilse').map((v) => v.client)).toEqual(['Ghent']);
  });
});
