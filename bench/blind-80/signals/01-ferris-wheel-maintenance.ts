// expect: require-signal-propagation
// downloadInspectionHistory passes its signal to the index request but calls fetchJson for each inspection without it, so cancelling does not stop the per-inspection downloads.
export interface InspectionIndexEntry {
  id: string;
  date: string;
  inspector: string;
}

export interface InspectionRecord {
  id: string;
  date: string;
  inspector: string;
  spokeTensionKn: number[];
  bearingTempC: number;
  findings: string[];
}

export interface InspectionHistory {
  wheelId: string;
  records: InspectionRecord[];
  worstSpokeKn: number | null;
  openFindings: string[];
}

declare const maintenanceApi: {
  baseUrl: string;
  token: string;
};

async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`${maintenanceApi.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${maintenanceApi.token}`, accept: 'application/json' },
    signal,
  });
  if (!res.ok) {
    throw new Error(`GET ${path} failed with ${res.status}`);
  }
  return (await res.json()) as T;
}

function summarise(wheelId: string, records: InspectionRecord[]): InspectionHistory {
  const tensions = records.flatMap((r) => r.spokeTensionKn);
  const resolved = new Set(
    records.flatMap((r) => r.findings.filter((f) => f.startsWith('RESOLVED:')).map((f) => f.slice(9).trim())),
  );
  const openFindings = [
    ...new Set(records.flatMap((r) => r.findings.filter((f) => !f.startsWith('RESOLVED:') && !resolved.has(f)))),
  ];
  return {
    wheelId,
    records,
    worstSpokeKn: tensions.length ? Math.min(...tensions) : null,
    openFindings,
  };
}

export async function downloadInspectionHistory(
  wheelId: string,
  options: { since?: string; signal?: AbortSignal } = {},
): Promise<InspectionHistory> {
  const { since = '1970-01-01', signal } = options;
  const index = await fetchJson<InspectionIndexEntry[]>(
    `/wheels/${encodeURIComponent(wheelId)}/inspections?since=${since}`,
    signal,
  );

  const records: InspectionRecord[] = [];
  // The maintenance API rate-limits per token, so download one record at a time.
  for (const entry of index.sort((a, b) => a.date.localeCompare(b.date))) {
    const record = await fetchJson<InspectionRecord>(`/inspections/${entry.id}`);
    if (record.bearingTempC > 85) {
      record.findings.push(`bearing ran at ${record.bearingTempC}°C`);
    }
    records.push(record);
  }
  return summarise(wheelId, records);
}
