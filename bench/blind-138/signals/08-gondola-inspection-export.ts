// expect: require-signal-propagation
// The handler passes req.signal to the database query but fetches each inspection photo without it, so a client that disconnects still makes the server download every photo.
export interface InspectionRow {
  inspectionId: string;
  cabinId: string;
  performedAt: string;
  inspector: string;
  result: 'pass' | 'advisory' | 'fail';
  photoKey: string | null;
}

export interface Db {
  query<T>(sql: string, params: unknown[], options?: { signal?: AbortSignal }): Promise<T[]>;
}

export interface ExportDeps {
  db: Db;
  photoBucketUrl: string;
  maxPhotos?: number;
}

interface ExportedInspection extends InspectionRow {
  photo?: { contentType: string; base64: string };
}

function badRequest(message: string): Response {
  return new Response(JSON.stringify({ error: message }), {
    status: 400,
    headers: { 'content-type': 'application/json' },
  });
}

export async function handleInspectionExport(req: Request, deps: ExportDeps): Promise<Response> {
  const { signal } = req;
  const url = new URL(req.url);
  const cabinId = url.searchParams.get('cabin');
  const since = url.searchParams.get('since') ?? '1970-01-01';
  if (!cabinId) return badRequest('cabin is required');
  if (Number.isNaN(Date.parse(since))) return badRequest('since must be a date');

  const rows = await deps.db.query<InspectionRow>(
    `SELECT inspection_id AS "inspectionId", cabin_id AS "cabinId", performed_at AS "performedAt",
            inspector, result, photo_key AS "photoKey"
       FROM cabin_inspections
      WHERE cabin_id = $1 AND performed_at >= $2
      ORDER BY performed_at DESC`,
    [cabinId, since],
    { signal },
  );

  const maxPhotos = deps.maxPhotos ?? 20;
  const exported: ExportedInspection[] = [];
  for (const row of rows) {
    if (!row.photoKey || exported.filter((e) => e.photo).length >= maxPhotos) {
      exported.push(row);
      continue;
    }
    const photoRes = await fetch(`${deps.photoBucketUrl}/${encodeURIComponent(row.photoKey)}`);
    if (!photoRes.ok) {
      await photoRes.body?.cancel();
      exported.push(row);
      continue;
    }
    const bytes = Buffer.from(await photoRes.arrayBuffer());
    exported.push({
      ...row,
      photo: {
        contentType: photoRes.headers.get('content-type') ?? 'image/jpeg',
        base64: bytes.toString('base64'),
      },
    });
  }

  return new Response(JSON.stringify({ cabinId, since, inspections: exported }), {
    headers: {
      'content-type': 'application/json',
      'content-disposition': `attachment; filename="cabin-${cabinId}-inspections.json"`,
    },
  });
}
