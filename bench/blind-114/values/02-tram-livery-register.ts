// expect: none
// The variable written in the then callback is only read after that promise chain has been awaited, so the value is always populated before use.
export interface TramRow {
  fleet_number: number;
  livery: string;
  restored_year: number | null;
  bogie_type: string;
  paint_condition: 1 | 2 | 3 | 4 | 5;
}

export interface DepotDb {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
}

export interface RestorationItem {
  fleetNumber: number;
  livery: string;
  reason: string;
}

const PERIOD_LIVERIES = new Set(['1930s crimson and cream', '1950s green and primrose', 'wartime grey']);

export class LiveryRegister {
  private lastAuditCount = 0;

  constructor(private readonly db: DepotDb) {}

  get audited(): number {
    return this.lastAuditCount;
  }

  async restorationBacklog(depot: string): Promise<RestorationItem[]> {
    let backlog: RestorationItem[] = [];

    await this.db
      .query<TramRow>('SELECT * FROM trams WHERE depot = $1 AND withdrawn = false', [depot])
      .then((rows) => {
        this.lastAuditCount = rows.length;
        backlog = rows
          .filter((r) => r.paint_condition <= 2 || (r.restored_year === null && PERIOD_LIVERIES.has(r.livery)))
          .map((r) => ({
            fleetNumber: r.fleet_number,
            livery: r.livery,
            reason: r.paint_condition <= 2 ? `paint condition ${r.paint_condition}` : 'never restored',
          }));
      });

    return backlog.sort((a, b) => a.fleetNumber - b.fleetNumber);
  }

  async liveryCounts(depot: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    const rows = await this.db.query<Pick<TramRow, 'livery'>>(
      'SELECT livery FROM trams WHERE depot = $1 AND withdrawn = false',
      [depot],
    );
    for (const { livery } of rows) counts.set(livery, (counts.get(livery) ?? 0) + 1);
    return counts;
  }
}
