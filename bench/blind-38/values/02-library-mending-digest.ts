// expect: none
// Every promise is awaited before it lands in the digest text or the JSON body; the template strings only interpolate settled values.
export interface MendingStats {
  repairedThisWeek: number;
  backlog: number;
  oldestWaitingDays: number;
  byTreatment: Record<string, number>;
}

export interface Conservator {
  staffId: string;
  name: string;
  email: string;
}

declare const mendingDb: {
  repairedSince(since: Date): Promise<number>;
  backlogCount(): Promise<number>;
  oldestWaitingDays(): Promise<number>;
  countsByTreatment(since: Date): Promise<Record<string, number>>;
  conservators(): Promise<Conservator[]>;
};
declare const mailer: { send(to: string, subject: string, text: string): Promise<void> };
declare const dashboard: { post(path: string, body: string): Promise<void> };

function weekStart(now: Date): Date {
  const d = new Date(now);
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d;
}

export async function gatherStats(now = new Date()): Promise<MendingStats> {
  const since = weekStart(now);
  const [repairedThisWeek, backlog, oldestWaitingDays, byTreatment] = await Promise.all([
    mendingDb.repairedSince(since),
    mendingDb.backlogCount(),
    mendingDb.oldestWaitingDays(),
    mendingDb.countsByTreatment(since),
  ]);
  return { repairedThisWeek, backlog, oldestWaitingDays, byTreatment };
}

export function renderDigest(stats: MendingStats, recipient: Conservator): string {
  const treatments = Object.entries(stats.byTreatment)
    .sort(([, a], [, b]) => b - a)
    .map(([name, count]) => `  - ${name}: ${count}`)
    .join('\n');
  return [
    `Hello ${recipient.name},`,
    '',
    `Books mended this week: ${stats.repairedThisWeek}`,
    `Waiting in the mending room: ${stats.backlog} (oldest ${stats.oldestWaitingDays} days)`,
    'By treatment:',
    treatments || '  (none yet)',
  ].join('\n');
}

export async function sendWeeklyDigest(now = new Date()): Promise<number> {
  const stats = await gatherStats(now);
  const staff = await mendingDb.conservators();
  for (const person of staff) {
    await mailer.send(person.email, `Mending digest, week of ${weekStart(now).toISOString().slice(0, 10)}`, renderDigest(stats, person));
  }
  await dashboard.post(
    '/widgets/mending',
    JSON.stringify({ ...stats, sentTo: staff.length, backlogAtSend: await mendingDb.backlogCount() }),
  );
  console.info(`mending digest sent to ${staff.length} conservators, backlog ${await mendingDb.backlogCount()}`);
  return staff.length;
}
