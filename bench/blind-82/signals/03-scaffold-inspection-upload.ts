// expect: no-swallowed-abort
// uploadInspection's catch rewraps every failure, including the AbortError from a cancelled upload, into a plain InspectionUploadError.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface LashingCheck {
  node: string;
  lashing: 'square' | 'diagonal' | 'rattan-wrap';
  tensionOk: boolean;
  splitCulm: boolean;
}

export interface Inspection {
  siteId: string;
  storey: number;
  inspector: string;
  photos: string[];
  checks: LashingCheck[];
}

declare const inspectionApi: {
  endpoint: string;
  token: string;
};

export class InspectionUploadError extends Error {
  constructor(readonly siteId: string, readonly storey: number, detail: string) {
    super(`inspection upload failed for ${siteId} storey ${storey}: ${detail}`);
    this.name = 'InspectionUploadError';
  }
}

function failingNodes(inspection: Inspection): string[] {
  return inspection.checks.filter((c) => !c.tensionOk || c.splitCulm).map((c) => c.node);
}

async function buildForm(inspection: Inspection, signal: AbortSignal): Promise<FormData> {
  const form = new FormData();
  form.set(
    'report',
    JSON.stringify({
      siteId: inspection.siteId,
      storey: inspection.storey,
      inspector: inspection.inspector,
      checks: inspection.checks,
      failing: failingNodes(inspection),
    }),
  );
  for (const photo of inspection.photos) {
    const bytes = await readFile(photo, { signal });
    form.append('photos', new Blob([bytes], { type: 'image/jpeg' }), basename(photo));
  }
  return form;
}

export async function uploadInspection(inspection: Inspection, signal: AbortSignal): Promise<string> {
  try {
    const body = await buildForm(inspection, signal);
    const res = await fetch(`${inspectionApi.endpoint}/sites/${inspection.siteId}/inspections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${inspectionApi.token}` },
      body,
      signal,
    });
    if (!res.ok) {
      throw new Error(`HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
    }
    const { inspectionId } = (await res.json()) as { inspectionId: string };
    return inspectionId;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new InspectionUploadError(inspection.siteId, inspection.storey, detail);
  }
}

export async function uploadShift(inspections: Inspection[], signal: AbortSignal): Promise<Map<number, string>> {
  const ids = new Map<number, string>();
  const ordered = [...inspections].sort((a, b) => a.storey - b.storey);
  for (const inspection of ordered) {
    const blocked = failingNodes(inspection);
    if (blocked.length > 0 && inspection.storey > 1) {
      const below = ids.get(inspection.storey - 1);
      if (!below) continue;
    }
    ids.set(inspection.storey, await uploadInspection(inspection, signal));
  }
  return ids;
}
