// expect: none
// Correct: timedOut is set in the setTimeout callback but only read in the catch block after the awaited fetch has rejected, so the timer has already had its chance to run.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface InspectionReport {
  elevatorId: string;
  buildingId: string;
  inspectorLicense: string;
  inspectedAt: string;
  findings: { code: string; severity: 'minor' | 'major' | 'shutdown' }[];
  certificatePdfPath: string;
}

export class UploadTimeoutError extends Error {
  constructor(readonly elevatorId: string, readonly afterMs: number) {
    super(`Inspection upload for ${elevatorId} timed out after ${afterMs}ms`);
  }
}

const REGISTRY_URL = 'https://registry.example-state.gov/api/v2/conveyances';

export async function submitInspection(
  report: InspectionReport,
  opts: { timeoutMs?: number; token: string; signal?: AbortSignal },
): Promise<{ receiptNumber: string }> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const controller = new AbortController();
  let timedOut = false;

  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });

  try {
    const pdf = await readFile(report.certificatePdfPath);
    const form = new FormData();
    form.set('report', JSON.stringify({ ...report, certificatePdfPath: undefined }));
    form.set('certificate', new Blob([pdf], { type: 'application/pdf' }), basename(report.certificatePdfPath));

    const res = await fetch(`${REGISTRY_URL}/${encodeURIComponent(report.elevatorId)}/inspections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${opts.token}` },
      body: form,
      signal: controller.signal,
    });
    if (!res.ok) {
      throw new Error(`Registry rejected inspection for ${report.elevatorId}: HTTP ${res.status}`);
    }
    const body = (await res.json()) as { receipt: string };
    return { receiptNumber: body.receipt };
  } catch (err) {
    if (timedOut) {
      throw new UploadTimeoutError(report.elevatorId, timeoutMs);
    }
    throw err;
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onOuterAbort);
  }
}

export function requiresShutdown(report: InspectionReport): boolean {
  return report.findings.some((f) => f.severity === 'shutdown');
}
