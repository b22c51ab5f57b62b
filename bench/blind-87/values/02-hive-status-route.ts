// expect: no-promise-as-value
// scales.latestWeight() is async but its promise is put straight into the JSON body, so the API answers "weightKg": {} instead of a number.
interface Hive {
  id: string;
  apiary: string;
  scaleId: string;
  queenMarked: 'white' | 'yellow' | 'red' | 'green' | 'blue' | null;
}

interface Inspection {
  hiveId: string;
  inspectedAt: string;
  broodFrames: number;
  queenSeen: boolean;
  varroaPer100: number;
}

interface Ctx {
  req: { param(name: string): string; query(name: string): string | undefined };
  json(body: unknown, status?: number): Response;
}

declare const router: { get(path: string, handler: (c: Ctx) => Promise<Response>): void };
declare const hives: { get(id: string): Promise<Hive | null> };
declare const scales: { latestWeight(scaleId: string): Promise<number | null> };
declare const db: { query<T>(sql: string, params?: unknown[]): Promise<T[]> };

const VARROA_TREAT_THRESHOLD = 3;

function healthFlags(latest: Inspection | undefined): string[] {
  if (!latest) return ['never inspected'];
  const flags: string[] = [];
  const ageDays = (Date.now() - Date.parse(latest.inspectedAt)) / 86_400_000;
  if (ageDays > 14) flags.push(`last inspected ${Math.floor(ageDays)} days ago`);
  if (!latest.queenSeen) flags.push('queen not seen');
  if (latest.varroaPer100 >= VARROA_TREAT_THRESHOLD) flags.push('varroa over treatment threshold');
  return flags;
}

router.get('/apiaries/:apiary/hives/:id/status', async (c) => {
  const hive = await hives.get(c.req.param('id'));
  if (!hive || hive.apiary !== c.req.param('apiary')) {
    return c.json({ error: 'no such hive in this apiary' }, 404);
  }

  const limit = Math.min(Number(c.req.query('history') ?? 5), 20);
  const inspections = await db.query<Inspection>(
    'SELECT * FROM inspections WHERE hive_id = $1 ORDER BY inspected_at DESC LIMIT $2',
    [hive.id, limit],
  );

  return c.json({
    id: hive.id,
    apiary: hive.apiary,
    queenMarked: hive.queenMarked,
    weightKg: scales.latestWeight(hive.scaleId),
    lastInspection: inspections[0] ?? null,
    history: inspections.slice(1),
    flags: healthFlags(inspections[0]),
  });
});

router.get('/apiaries/:apiary/summary', async (c) => {
  const rows = await db.query<{ id: string; broodFrames: number }>(
    'SELECT h.id, coalesce(i.brood_frames, 0) AS "broodFrames" FROM hives h LEFT JOIN latest_inspection i ON i.hive_id = h.id WHERE h.apiary = $1',
    [c.req.param('apiary')],
  );
  const strong = rows.filter((r) => r.broodFrames >= 6).length;
  return c.json({ apiary: c.req.param('apiary'), hives: rows.length, strong, weak: rows.length - strong });
});
