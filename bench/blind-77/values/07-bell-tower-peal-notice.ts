// expect: no-promise-as-value
// Bug: the notice interpolates roster.nameOf(...) without await, so the text reads "Conducted by [object Promise]".
export interface PealRecord {
  pealId: string;
  towerId: string;
  methodId: string;
  changes: number;
  startedAt: Date;
  finishedAt: Date;
  conductorId: string;
  ringerIds: string[];
}

interface Method {
  id: string;
  name: string;
  stage: number;
}

declare const methodLibrary: { get(methodId: string): Promise<Method> };
declare const roster: {
  ringers(ids: string[]): Promise<Array<{ id: string; name: string }>>;
  nameOf(ringerId: string): Promise<string>;
};
declare const towers: { dedication(towerId: string): Promise<string> };
declare const noticeBoard: { post(notice: { towerId: string; title: string; text: string }): Promise<void> };

const STAGE_NAMES: Record<number, string> = {
  5: 'Doubles',
  6: 'Minor',
  7: 'Triples',
  8: 'Major',
  9: 'Caters',
  10: 'Royal',
  12: 'Maximus',
};

function duration(peal: PealRecord): string {
  const minutes = Math.round((peal.finishedAt.getTime() - peal.startedAt.getTime()) / 60_000);
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

export function isFullPeal(peal: PealRecord, stage: number): boolean {
  return peal.changes >= (stage <= 7 ? 5040 : 5000);
}

export async function publishPeal(peal: PealRecord): Promise<string> {
  const [method, ringers, dedication] = await Promise.all([
    methodLibrary.get(peal.methodId),
    roster.ringers(peal.ringerIds),
    towers.dedication(peal.towerId),
  ]);

  const stageName = STAGE_NAMES[method.stage] ?? `${method.stage} bells`;
  const kind = isFullPeal(peal, method.stage) ? 'Peal' : 'Quarter peal';
  const band = ringers.map((r, i) => `${i + 1} ${r.name}`).join('\n');

  const text = [
    `${dedication}`,
    `${peal.finishedAt.toDateString()} in ${duration(peal)}`,
    `${peal.changes} ${method.name} ${stageName}`,
    '',
    band,
    '',
    `Conducted by ${roster.nameOf(peal.conductorId)}`,
  ].join('\n');

  await noticeBoard.post({ towerId: peal.towerId, title: `${kind} rung`, text });
  return text;
}

export async function publishAll(peals: PealRecord[]): Promise<number> {
  let posted = 0;
  for (const peal of peals) {
    await publishPeal(peal);
    posted++;
  }
  return posted;
}
