// expect: none
// Correct: the early return happens before any request starts, and every promise pushed into `pending` is awaited together with Promise.all.
export interface ShearerTally {
  shearerId: string;
  name: string;
  sheep: number;
  lambs: number;
  crutchings: number;
}

export interface PayLine {
  shearerId: string;
  grossCents: number;
  superCents: number;
}

declare const shedBoard: {
  tallies(shedId: string, day: string): Promise<ShearerTally[]>;
  isLocked(shedId: string, day: string): Promise<boolean>;
  lock(shedId: string, day: string): Promise<void>;
};
declare const payroll: {
  rates(): Promise<{ sheepCents: number; lambCents: number; crutchCents: number; superPct: number }>;
  submit(line: PayLine, day: string): Promise<void>;
  notifyShearer(shearerId: string, text: string): Promise<void>;
};

export async function closeShedDay(shedId: string, day: string): Promise<PayLine[]> {
  if (await shedBoard.isLocked(shedId, day)) return [];

  const [tallies, rates] = await Promise.all([shedBoard.tallies(shedId, day), payroll.rates()]);
  const working = tallies.filter((t) => t.sheep + t.lambs + t.crutchings > 0);
  if (working.length === 0) {
    await shedBoard.lock(shedId, day);
    return [];
  }

  const lines: PayLine[] = [];
  const pending: Promise<void>[] = [];

  for (const t of working) {
    const grossCents = t.sheep * rates.sheepCents + t.lambs * rates.lambCents + t.crutchings * rates.crutchCents;
    const line: PayLine = {
      shearerId: t.shearerId,
      grossCents,
      superCents: Math.round((grossCents * rates.superPct) / 100),
    };
    lines.push(line);
    pending.push(payroll.submit(line, day));
    pending.push(
      payroll.notifyShearer(
        t.shearerId,
        `${day}: ${t.sheep} sheep, ${t.lambs} lambs, ${t.crutchings} crutched — $${(grossCents / 100).toFixed(2)}`,
      ),
    );
  }

  await Promise.all(pending);
  await shedBoard.lock(shedId, day);
  return lines;
}

export function gunShearer(tallies: ShearerTally[]): ShearerTally | undefined {
  let best: ShearerTally | undefined;
  for (const t of tallies) {
    const score = t.sheep + t.lambs * 0.6;
    const bestScore = best ? best.sheep + best.lambs * 0.6 : -1;
    if (score > bestScore) best = t;
  }
  return best;
}

export async function closeWeek(shedId: string, days: string[]): Promise<number> {
  let total = 0;
  for (const day of days) {
    const lines = await closeShedDay(shedId, day);
    total += lines.reduce((sum, l) => sum + l.grossCents, 0);
  }
  return total;
}
