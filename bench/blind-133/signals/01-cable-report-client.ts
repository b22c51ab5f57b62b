// expect: none
// The caller's signal reaches every fetch, body cancel and backoff sleep, and the catch rethrows as soon as the signal has aborted instead of retrying.
import { setTimeout as delay } from 'node:timers/promises';

export interface InspectionReport {
  cableId: string;
  station: 'valley' | 'mid' | 'summit';
  inspectedAt: string;
  lay: number;
  brokenWires: number;
  corrosion: 'none' | 'light' | 'moderate' | 'severe';
}

export interface ReportOptions {
  signal?: AbortSignal;
  retries?: number;
  token?: string;
}

class PermanentReportError extends Error {
  override name = 'PermanentReportError';
}

function backoff(attempt: number): number {
  return Math.min(8_000, 250 * 2 ** attempt) + Math.floor(Math.random() * 100);
}

function isReport(value: unknown): value is InspectionReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as InspectionReport).cableId === 'string' &&
    typeof (value as InspectionReport).brokenWires === 'number'
  );
}

export async function fetchInspectionReport(
  baseUrl: string,
  cableId: string,
  options: ReportOptions = {},
): Promise<InspectionReport> {
  const { signal, retries = 3, token } = options;
  const url = new URL(`/gondola/cables/${encodeURIComponent(cableId)}/report`, baseUrl);

  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    try {
      const res = await fetch(url, {
        signal,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (res.status >= 500 && attempt < retries) {
        await res.body?.cancel();
        await delay(backoff(attempt), undefined, { signal });
        continue;
      }
      if (!res.ok) throw new PermanentReportError(`report service returned ${res.status} for ${cableId}`);
      const body: unknown = await res.json();
      if (!isReport(body)) throw new PermanentReportError(`report for ${cableId} is malformed`);
      return body;
    } catch (err) {
      if (signal?.aborted || err instanceof PermanentReportError || attempt >= retries) throw err;
      await delay(backoff(attempt), undefined, { signal });
    }
  }
}

export async function reportsForLine(
  baseUrl: string,
  cableIds: string[],
  signal?: AbortSignal,
): Promise<InspectionReport[]> {
  const reports: InspectionReport[] = [];
  for (const id of cableIds) {
    reports.push(await fetchInspectionReport(baseUrl, id, { signal }));
  }
  return reports;
}
