// expect: none
// The async callbacks from guards.map are collected into Promise.all and awaited, so every SMS send finishes (or the first failure surfaces to the caller) before publishRota records the rota as published.
export interface Guard {
  id: string;
  name: string;
  mobile: string;
  qualifications: Array<'pool' | 'beach' | 'surf' | 'jetski'>;
}

export interface ShiftAssignment {
  guardId: string;
  tower: string;
  day: string;
  start: string;
  end: string;
}

export interface SmsGateway {
  send(to: string, body: string): Promise<{ messageId: string }>;
}

export interface RotaStore {
  markPublished(week: string, messageIds: string[]): Promise<void>;
}

function formatShifts(guard: Guard, shifts: ShiftAssignment[]): string {
  const lines = shifts
    .filter((s) => s.guardId === guard.id)
    .sort((a, b) => a.day.localeCompare(b.day) || a.start.localeCompare(b.start))
    .map((s) => `${s.day} ${s.start}-${s.end} ${s.tower}`);
  return lines.length ? `Hi ${guard.name}, your shifts:\n${lines.join('\n')}` : `Hi ${guard.name}, no shifts this week.`;
}

export async function publishRota(
  week: string,
  guards: Guard[],
  shifts: ShiftAssignment[],
  sms: SmsGateway,
  store: RotaStore,
): Promise<number> {
  const uncovered = shifts.filter((s) => !guards.some((g) => g.id === s.guardId));
  if (uncovered.length > 0) {
    throw new Error(`week ${week}: ${uncovered.length} shifts assigned to unknown guards`);
  }

  const receipts = await Promise.all(
    guards.map(async (guard) => {
      const body = formatShifts(guard, shifts);
      const { messageId } = await sms.send(guard.mobile, body);
      return messageId;
    }),
  );

  await store.markPublished(week, receipts);
  return receipts.length;
}
