// expect: none
// Both requests are started up front but handed to Promise.all in the same tick, so a handler is attached to each before anything awaits and neither rejection can go unobserved.
export interface RiderScore {
  riderId: string;
  event: 'bareback' | 'saddle-bronc' | 'bull-riding';
  points: number;
}

export interface Penalty {
  riderId: string;
  reason: string;
  deduction: number;
}

export interface Standing {
  riderId: string;
  event: RiderScore['event'];
  net: number;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
  return (await res.json()) as T;
}

export class StandingsService {
  constructor(private readonly baseUrl: string) {}

  async standings(performanceId: string): Promise<Standing[]> {
    const scoresP = getJson<RiderScore[]>(`${this.baseUrl}/performances/${performanceId}/scores`);
    const penaltiesP = getJson<Penalty[]>(`${this.baseUrl}/performances/${performanceId}/penalties`);
    const [scores, penalties] = await Promise.all([scoresP, penaltiesP]);

    const deductions = new Map<string, number>();
    for (const p of penalties) {
      deductions.set(p.riderId, (deductions.get(p.riderId) ?? 0) + p.deduction);
    }
    return scores
      .map((s) => ({ riderId: s.riderId, event: s.event, net: Math.max(0, s.points - (deductions.get(s.riderId) ?? 0)) }))
      .sort((a, b) => b.net - a.net);
  }

  async buckleWinner(performanceId: string, event: RiderScore['event']): Promise<Standing | undefined> {
    const table = await this.standings(performanceId);
    return table.find((s) => s.event === event && s.net > 0);
  }
}

export async function printBoard(service: StandingsService, performanceId: string): Promise<void> {
  const table = await service.standings(performanceId);
  const byEvent = new Map<string, Standing[]>();
  for (const row of table) {
    const list = byEvent.get(row.event) ?? [];
    list.push(row);
    byEvent.set(row.event, list);
  }
  for (const [event, rows] of byEvent) {
    console.log(`== ${event} ==`);
    rows.forEach((row, i) => console.log(`${String(i + 1).padStart(2)}. ${row.riderId}  ${row.net.toFixed(1)}`));
  }
}
