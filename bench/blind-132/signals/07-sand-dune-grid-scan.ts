// expect: none
// options.signal is forwarded to the elevation fetch, the database query and the pacing sleep, so one abort stops the whole scan.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DuneDb {
  query<T>(sql: string, params: unknown[], opts?: { signal?: AbortSignal }): Promise<T[]>;
}

export interface GridCell {
  row: number;
  col: number;
}

export interface CellChange {
  cell: GridCell;
  previousM: number;
  currentM: number;
  deltaM: number;
}

export interface ScanOptions {
  signal?: AbortSignal;
  paceMs?: number;
  thresholdM?: number;
}

async function lidarElevation(api: string, surveyId: string, cell: GridCell, signal?: AbortSignal): Promise<number> {
  const res = await fetch(`${api}/surveys/${surveyId}/cells/${cell.row}-${cell.col}`, { signal });
  if (!res.ok) throw new Error(`lidar cell ${cell.row}-${cell.col} failed with ${res.status}`);
  const body = (await res.json()) as { elevationM: number };
  return body.elevationM;
}

export async function scanForMigration(
  api: string,
  db: DuneDb,
  surveyId: string,
  cells: readonly GridCell[],
  options: ScanOptions = {},
): Promise<CellChange[]> {
  const { signal, paceMs = 100, thresholdM = 0.4 } = options;
  const changes: CellChange[] = [];

  for (const cell of cells) {
    signal?.throwIfAborted();
    const currentM = await lidarElevation(api, surveyId, cell, signal);
    const [previous] = await db.query<{ elevation_m: number }>(
      'SELECT elevation_m FROM cell_baseline WHERE grid_row = $1 AND grid_col = $2',
      [cell.row, cell.col],
      { signal },
    );
    if (previous && Math.abs(currentM - previous.elevation_m) >= thresholdM) {
      changes.push({ cell, previousM: previous.elevation_m, currentM, deltaM: currentM - previous.elevation_m });
    }
    await sleep(paceMs, undefined, { signal });
  }
  return changes;
}

export function windwardErosion(changes: readonly CellChange[]): CellChange[] {
  return changes.filter((c) => c.deltaM < 0).sort((a, b) => a.deltaM - b.deltaM);
}

export function frontAdvance(changes: readonly CellChange[], cellSizeM: number): number {
  const advancing = changes.filter((c) => c.deltaM > 0);
  if (advancing.length === 0) return 0;
  const maxCol = Math.max(...advancing.map((c) => c.cell.col));
  const minCol = Math.min(...advancing.map((c) => c.cell.col));
  return (maxCol - minCol + 1) * cellSizeM;
}
