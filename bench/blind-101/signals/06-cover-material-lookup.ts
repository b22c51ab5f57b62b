// expect: none
// The race between the supplier request and the deadline is cleaned up in finally: the deadline timer is cleared and the supplier request is aborted through its own controller, and the caller's signal listener is removed, so nothing outlives the call.
export interface CoverMaterial {
  sku: string;
  kind: 'buckram' | 'goatskin' | 'cloth' | 'paper';
  colour: string;
  inStockMetres: number;
}

export interface SupplierCatalogue {
  find(sku: string, signal: AbortSignal): Promise<CoverMaterial>;
}

export class DeadlineError extends Error {
  constructor(sku: string, ms: number) {
    super(`supplier did not answer for ${sku} within ${ms} ms`);
    this.name = 'DeadlineError';
  }
}

export async function lookupMaterial(
  supplier: SupplierCatalogue,
  sku: string,
  deadlineMs: number,
  outer?: AbortSignal,
): Promise<CoverMaterial> {
  outer?.throwIfAborted();
  const controller = new AbortController();
  const forwardAbort = (): void => controller.abort(outer?.reason);
  outer?.addEventListener('abort', forwardAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(sku, deadlineMs)), deadlineMs);
  });

  try {
    return await Promise.race([supplier.find(sku, controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    outer?.removeEventListener('abort', forwardAbort);
  }
}

export async function materialsForOrder(
  supplier: SupplierCatalogue,
  skus: string[],
  signal?: AbortSignal,
): Promise<{ available: CoverMaterial[]; unavailable: string[] }> {
  const available: CoverMaterial[] = [];
  const unavailable: string[] = [];
  for (const sku of skus) {
    try {
      const material = await lookupMaterial(supplier, sku, 3_000, signal);
      if (material.inStockMetres > 0.5) available.push(material);
      else unavailable.push(sku);
    } catch (err) {
      if (!(err instanceof DeadlineError)) throw err;
      unavailable.push(sku);
    }
  }
  return { available, unavailable };
}
