// expect: no-read-before-settle
// `swaps` is only assigned inside the readFile callback, which runs on a later tick, so buildRota always applies the initial empty list and every shift swap a guard has filed is silently ignored.
import { readFile } from 'node:fs';

export interface Shift {
  id: string;
  tower: string;
  guardId: string;
  day: string;
  start: string;
  end: string;
}

export interface SwapRequest {
  shiftId: string;
  fromGuard: string;
  toGuard: string;
  approvedBy: string | null;
}

function parseSwaps(text: string): SwapRequest[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [shiftId, fromGuard, toGuard, approvedBy] = line.split(',');
      return { shiftId, fromGuard, toGuard, approvedBy: approvedBy || null };
    });
}

function applySwaps(shifts: Shift[], swaps: SwapRequest[]): Shift[] {
  const approved = new Map(swaps.filter((s) => s.approvedBy).map((s) => [s.shiftId, s]));
  return shifts.map((shift) => {
    const swap = approved.get(shift.id);
    if (!swap || swap.fromGuard !== shift.guardId) return shift;
    return { ...shift, guardId: swap.toGuard };
  });
}

export function buildRota(base: Shift[], swapsPath: string, warn: (msg: string) => void): Shift[] {
  let swaps: SwapRequest[] = [];
  readFile(swapsPath, 'utf8', (err, text) => {
    if (err) {
      if (err.code !== 'ENOENT') warn(`could not read ${swapsPath}: ${err.message}`);
      return;
    }
    swaps = parseSwaps(text);
  });

  const rota = applySwaps(base, swaps);
  const doubleBooked = rota.filter((a, i) =>
    rota.some((b, j) => j !== i && a.guardId === b.guardId && a.day === b.day && a.start < b.end && b.start < a.end),
  );
  if (doubleBooked.length > 0) {
    warn(`${doubleBooked.length} overlapping shifts after swaps`);
  }
  return rota;
}
