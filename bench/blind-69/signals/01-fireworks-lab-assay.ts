// expect: require-signal-propagation
// fetchAssayReport passes options.signal to the batch listing fetch and the retry delay but not to the per-assay spectra fetch, so cancelling leaves those requests running.
import { setTimeout as delay } from 'node:timers/promises';

export interface AssaySummary {
  assayId: string;
  compound: string;
  burnColour: string;
}

export interface Spectrum {
  assayId: string;
  peaksNm: number[];
  intensity: number[];
}

export interface AssayReport {
  batchId: string;
  assays: Array<AssaySummary & { dominantNm: number | null }>;
  flagged: string[];
}

export interface ReportOptions {
  signal?: AbortSignal;
  retries?: number;
}

const LAB_API = process.env.PYRO_LAB_API ?? 'https://lims.pyrolab.internal/api/v2';

function authHeaders(): Record<string, string> {
  return { authorization: `Bearer ${process.env.PYRO_LAB_TOKEN ?? ''}`, accept: 'application/json' };
}

const EXPECTED_BANDS: Record<string, [number, number]> = {
  red: [600, 700],
  green: [500, 560],
  blue: [420, 490],
  orange: [585, 620],
  yellow: [570, 595],
};

function dominantPeak(spectrum: Spectrum): number | null {
  let best = -1;
  for (let i = 0; i < spectrum.intensity.length; i++) {
    if (best < 0 || spectrum.intensity[i] > spectrum.intensity[best]) best = i;
  }
  return best < 0 ? null : spectrum.peaksNm[best];
}

export async function fetchAssayReport(batchId: string, options: ReportOptions = {}): Promise<AssayReport> {
  const { signal, retries = 2 } = options;

  let listing: Response | undefined;
  for (let attempt = 0; attempt <= retries; attempt++) {
    listing = await fetch(`${LAB_API}/batches/${encodeURIComponent(batchId)}/assays`, {
      headers: authHeaders(),
      signal,
    });
    if (listing.status !== 503) break;
    await delay(400 * (attempt + 1), undefined, { signal });
  }
  if (!listing?.ok) {
    throw new Error(`assay listing for ${batchId} failed with ${listing?.status}`);
  }
  const summaries = (await listing.json()) as AssaySummary[];

  const report: AssayReport = { batchId, assays: [], flagged: [] };
  for (const summary of summaries) {
    const res = await fetch(`${LAB_API}/assays/${summary.assayId}/spectrum`, {
      headers: authHeaders(),
    });
    if (!res.ok) {
      throw new Error(`spectrum ${summary.assayId} failed with ${res.status}`);
    }
    const spectrum = (await res.json()) as Spectrum;
    const dominantNm = dominantPeak(spectrum);
    report.assays.push({ ...summary, dominantNm });

    const band = EXPECTED_BANDS[summary.burnColour];
    if (band && (dominantNm === null || dominantNm < band[0] || dominantNm > band[1])) {
      report.flagged.push(summary.assayId);
    }
  }
  return report;
}
