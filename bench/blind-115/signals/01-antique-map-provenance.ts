// expect: require-signal-propagation
// The provenance request honours options.signal but the per-scan HEAD requests in the loop are issued without it, so cancelling the dossier leaves them running.
export interface ScanRef {
  url: string;
  side: 'recto' | 'verso';
  dpi: number;
}

export interface ProvenanceRecord {
  mapId: string;
  owners: Array<{ name: string; acquired: string; source: string }>;
  scanRefs: ScanRef[];
}

export interface ScanInfo extends ScanRef {
  bytes: number;
  contentType: string;
}

export interface Dossier {
  mapId: string;
  chain: string[];
  earliestRecord: string | null;
  scans: ScanInfo[];
}

export interface DossierOptions {
  archiveBase: string;
  apiKey: string;
  signal?: AbortSignal;
}

export async function fetchProvenanceDossier(mapId: string, options: DossierOptions): Promise<Dossier> {
  const res = await fetch(`${options.archiveBase}/maps/${encodeURIComponent(mapId)}/provenance`, {
    headers: { accept: 'application/json', 'x-api-key': options.apiKey },
    signal: options.signal,
  });
  if (res.status === 404) {
    return { mapId, chain: [], earliestRecord: null, scans: [] };
  }
  if (!res.ok) {
    throw new Error(`provenance archive answered ${res.status} for ${mapId}`);
  }
  const record = (await res.json()) as ProvenanceRecord;

  const scans: ScanInfo[] = [];
  for (const ref of record.scanRefs) {
    const head = await fetch(ref.url, {
      method: 'HEAD',
      headers: { 'x-api-key': options.apiKey },
    });
    if (!head.ok) continue;
    scans.push({
      ...ref,
      bytes: Number(head.headers.get('content-length') ?? 0),
      contentType: head.headers.get('content-type') ?? 'application/octet-stream',
    });
  }

  const owners = [...record.owners].sort((a, b) => a.acquired.localeCompare(b.acquired));
  return {
    mapId,
    chain: owners.map((o) => `${o.name} (${o.acquired}, via ${o.source})`),
    earliestRecord: owners[0]?.acquired ?? null,
    scans,
  };
}
