// expect: require-signal-propagation
// exportWellLog passes opts.signal to the download and the database query but not to the upload fetch, so a cancelled export keeps pushing the LAS file to the archive.
export interface LogDatabase {
  query<T>(sql: string, params: unknown[], opts?: { signal?: AbortSignal }): Promise<T[]>;
}

export interface ExportOptions {
  acquisitionUrl: string;
  archiveUrl: string;
  signal?: AbortSignal;
}

export interface ExportResult {
  wellId: string;
  bytes: number;
  archivedAs: string;
}

interface WellHeader {
  well_id: string;
  field: string;
  spud_date: string;
  kb_elevation_m: number;
}

function lasHeader(h: WellHeader): string {
  return [
    '~VERSION INFORMATION',
    ' VERS.   2.0 : CWLS LOG ASCII STANDARD',
    '~WELL INFORMATION',
    ` WELL.   ${h.well_id} : WELL`,
    ` FLD .   ${h.field} : FIELD`,
    ` DATE.   ${h.spud_date} : SPUD DATE`,
    ` EKB .M  ${h.kb_elevation_m.toFixed(2)} : KELLY BUSHING`,
  ].join('\n');
}

export async function exportWellLog(db: LogDatabase, wellId: string, opts: ExportOptions): Promise<ExportResult> {
  const [header] = await db.query<WellHeader>('SELECT * FROM wells WHERE well_id = $1', [wellId], { signal: opts.signal });
  if (!header) {
    throw new Error(`unknown well ${wellId}`);
  }

  const dataRes = await fetch(new URL(`/wells/${wellId}/curves.las`, opts.acquisitionUrl), { signal: opts.signal });
  if (!dataRes.ok) {
    throw new Error(`acquisition server answered ${dataRes.status} for ${wellId}`);
  }
  const curves = await dataRes.text();
  const las = `${lasHeader(header)}\n${curves}`;
  const body = new TextEncoder().encode(las);

  const key = `${header.field}/${wellId}/${new Date().toISOString().slice(0, 10)}.las`;
  const upload = await fetch(new URL(`/objects/${key}`, opts.archiveUrl), {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(body.byteLength) },
    body,
  });
  if (!upload.ok) {
    throw new Error(`archive refused ${key}: ${upload.status}`);
  }

  return { wellId, bytes: body.byteLength, archivedAs: key };
}
