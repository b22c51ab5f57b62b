// expect: none
// prepareHangingDay calls both async loaders inside Promise.all, so it really waits for the wall plan and the crate manifest before assigning crews.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface WallPlan {
  wallId: string;
  pieces: string[];
  needsScaffold: boolean;
}

export interface Crate {
  crateId: string;
  pieceIds: string[];
  humidityControlled: boolean;
}

export interface CrewAssignment {
  crew: string;
  wallId: string;
  crates: string[];
}

export interface HangingDay {
  date: string;
  assignments: CrewAssignment[];
  unmatchedPieces: string[];
}

async function loadWallPlans(dir: string): Promise<WallPlan[]> {
  return JSON.parse(await readFile(join(dir, 'walls.json'), 'utf8')) as WallPlan[];
}

async function loadCrateManifest(dir: string): Promise<Crate[]> {
  return JSON.parse(await readFile(join(dir, 'crates.json'), 'utf8')) as Crate[];
}

export async function prepareHangingDay(dir: string, date: string, crews: string[]): Promise<HangingDay> {
  if (crews.length === 0) throw new Error('no hanging crews rostered');
  const [walls, crates] = await Promise.all([loadWallPlans(dir), loadCrateManifest(dir)]);

  const crateForPiece = new Map<string, string>();
  for (const crate of crates) {
    for (const piece of crate.pieceIds) crateForPiece.set(piece, crate.crateId);
  }

  const ordered = [...walls].sort((a, b) => Number(b.needsScaffold) - Number(a.needsScaffold));
  const assignments: CrewAssignment[] = [];
  const unmatchedPieces: string[] = [];

  ordered.forEach((wall, i) => {
    const crateIds = new Set<string>();
    for (const piece of wall.pieces) {
      const crateId = crateForPiece.get(piece);
      if (crateId) crateIds.add(crateId);
      else unmatchedPieces.push(piece);
    }
    assignments.push({ crew: crews[i % crews.length], wallId: wall.wallId, crates: [...crateIds] });
  });

  return { date, assignments, unmatchedPieces };
}

export function crewSheet(day: HangingDay, crew: string): string {
  const mine = day.assignments.filter((a) => a.crew === crew);
  const lines = [`${crew} — hanging day ${day.date}`];
  for (const a of mine) lines.push(`  wall ${a.wallId}: open crates ${a.crates.join(', ') || '(none)'}`);
  if (day.unmatchedPieces.length) lines.push(`  missing from crates: ${day.unmatchedPieces.join(', ')}`);
  return lines.join('\n');
}
