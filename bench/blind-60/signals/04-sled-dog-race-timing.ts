// expect: no-leaked-race
// awaitFinish races events.once for the team's finish against a cutoff timer with no signal, so the losing timer or listener keeps running after the race settles.
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface ChipRead {
  bib: number;
  mat: 'start' | 'checkpoint' | 'finish';
  at: number;
  antenna: number;
}

export interface TeamResult {
  bib: number;
  musher: string;
  elapsedMs: number | null;
  status: 'finished' | 'dnf-timeout';
}

export class FinishLine extends EventEmitter {
  private readonly seen = new Set<string>();

  ingest(raw: string): void {
    // Reader lines look like: "F 00042 1707321145123 3"
    const [mat, bib, at, antenna] = raw.trim().split(/\s+/);
    const read: ChipRead = {
      bib: Number(bib),
      mat: mat === 'S' ? 'start' : mat === 'C' ? 'checkpoint' : 'finish',
      at: Number(at),
      antenna: Number(antenna),
    };
    const key = `${read.mat}:${read.bib}`;
    if (this.seen.has(key)) return; // several antennas see the same chip
    this.seen.add(key);
    this.emit('read', read);
    if (read.mat === 'finish') this.emit(`finish:${read.bib}`, read);
  }
}

export async function awaitFinish(
  line: FinishLine,
  team: { bib: number; musher: string; startedAt: number },
  cutoffMs: number,
): Promise<TeamResult> {
  const remaining = Math.max(0, team.startedAt + cutoffMs - Date.now());
  const read = await Promise.race([
    once(line, `finish:${team.bib}`).then(([r]) => r as ChipRead),
    delay(remaining, null),
  ]);
  if (read === null) {
    return { bib: team.bib, musher: team.musher, elapsedMs: null, status: 'dnf-timeout' };
  }
  return { bib: team.bib, musher: team.musher, elapsedMs: read.at - team.startedAt, status: 'finished' };
}

export async function timeRace(
  line: FinishLine,
  teams: Array<{ bib: number; musher: string; startedAt: number }>,
  cutoffMs: number,
): Promise<TeamResult[]> {
  const results = await Promise.all(teams.map((t) => awaitFinish(line, t, cutoffMs)));
  return results.sort((a, b) => {
    if (a.elapsedMs === null) return b.elapsedMs === null ? a.bib - b.bib : 1;
    if (b.elapsedMs === null) return -1;
    return a.elapsedMs - b.elapsedMs;
  });
}

export function formatElapsed(ms: number | null): string {
  if (ms === null) return 'DNF';
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = ((ms % 60_000) / 1000).toFixed(1);
  return `${h}:${String(m).padStart(2, '0')}:${s.padStart(4, '0')}`;
}
