// expect: no-leaked-race
// withTimeout races each call against a timer that is never cleared, so every call that wins the race still leaves its timeout running for the full duration.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Timetable {
  route: string;
  depot: string;
  firstDeparture: string;
  headwayMin: number;
}

interface TimetableClient {
  connect(): Promise<void>;
  close(): Promise<void>;
  forRoute(route: string): Promise<Timetable>;
  pullOutPlan(depot: string): Promise<Array<{ tramId: string; route: string; leaveAt: string }>>;
}

declare function createTimetableClient(opts: { baseUrl: string; fetch: typeof fetch }): TimetableClient;

function withTimeout<T>(p: Promise<T>, ms = 3000, label = 'operation'): Promise<T> {
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`${label} took longer than ${ms}ms`)), ms);
    }),
  ]);
}

describe('timetable client', () => {
  const fetchMock = vi.fn<typeof fetch>();
  let client: TimetableClient;

  beforeEach(async () => {
    fetchMock.mockImplementation(async (input) => {
      const url = String(input);
      if (url.endsWith('/routes/12')) {
        return Response.json({ route: '12', depot: 'Lichtenberg', firstDeparture: '04:38', headwayMin: 10 });
      }
      if (url.includes('/depots/Lichtenberg/pull-out')) {
        return Response.json([{ tramId: 'T-8011', route: '12', leaveAt: '04:21' }]);
      }
      return new Response('not found', { status: 404 });
    });
    client = createTimetableClient({ baseUrl: 'http://timetable.test', fetch: fetchMock });
    await withTimeout(client.connect(), 1000, 'connect');
  });

  afterEach(async () => {
    await client.close();
    fetchMock.mockReset();
  });

  it('loads the route timetable', async () => {
    const tt = await withTimeout(client.forRoute('12'), 3000, 'forRoute');
    expect(tt).toEqual({ route: '12', depot: 'Lichtenberg', firstDeparture: '04:38', headwayMin: 10 });
  });

  it('builds the morning pull-out plan', async () => {
    const plan = await withTimeout(client.pullOutPlan('Lichtenberg'), 3000, 'pullOutPlan');
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ tramId: 'T-8011', leaveAt: '04:21' });
  });

  it('reports unknown routes', async () => {
    await expect(withTimeout(client.forRoute('99'))).rejects.toThrow(/404|not found/i);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
