// expect: no-reused-settled-promise
// On failure the .catch calls uploadWithRetry with the same settled promise, so every "retry" re-attaches to the original rejection and never re-sends the drawings.
import { setTimeout as sleep } from 'node:timers/promises';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface PermitReceipt {
  applicationNo: string;
  receivedAt: string;
}

const BUILDINGS_DEPT = 'https://permits.buildings-dept.example/api/v1/scaffold-applications';

async function postDrawings(siteId: string, pdf: Buffer): Promise<PermitReceipt> {
  const form = new FormData();
  form.set('siteId', siteId);
  form.set('structure', 'bamboo');
  form.set('drawings', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), `${siteId}.pdf`);
  const res = await fetch(BUILDINGS_DEPT, { method: 'POST', body: form });
  if (!res.ok) {
    throw new Error(`permit upload for ${siteId} failed: HTTP ${res.status}`);
  }
  return (await res.json()) as PermitReceipt;
}

function uploadWithRetry(
  upload: Promise<PermitReceipt>,
  retriesLeft: number,
  backoffMs: number,
): Promise<PermitReceipt> {
  return upload.catch(async (err: unknown) => {
    if (retriesLeft <= 0) throw err;
    console.warn(`${(err as Error).message}; retrying in ${backoffMs}ms (${retriesLeft} left)`);
    await sleep(backoffMs);
    return uploadWithRetry(upload, retriesLeft - 1, backoffMs * 2);
  });
}

export async function submitScaffoldPermit(siteId: string, drawingsDir: string): Promise<PermitReceipt> {
  const pdf = await readFile(path.join(drawingsDir, `${siteId}-general-arrangement.pdf`));
  if (pdf.byteLength > 20 * 1024 * 1024) {
    throw new Error('drawings exceed the 20 MB upload limit; export at lower DPI');
  }
  const receipt = await uploadWithRetry(postDrawings(siteId, pdf), 3, 1_000);
  console.info(`site ${siteId}: application ${receipt.applicationNo} received ${receipt.receivedAt}`);
  return receipt;
}

export async function submitAll(siteIds: string[], drawingsDir: string): Promise<Map<string, string>> {
  const outcome = new Map<string, string>();
  for (const siteId of siteIds) {
    try {
      const receipt = await submitScaffoldPermit(siteId, drawingsDir);
      outcome.set(siteId, receipt.applicationNo);
    } catch (err) {
      outcome.set(siteId, `failed: ${(err as Error).message}`);
    }
  }
  return outcome;
}
