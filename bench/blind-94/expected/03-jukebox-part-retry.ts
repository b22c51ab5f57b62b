// expect: no-reused-settled-promise
// withRetry receives an already-started promise and re-awaits it each attempt, so a failed fetchPart is never re-run and all retries see the same rejection.
import { setTimeout as sleep } from 'node:timers/promises';

interface ReplacementPart {
  sku: string;
  description: string;
  fits: string[];
  stock: number;
}

declare const partsApi: {
  fetchPart(sku: string): Promise<ReplacementPart>;
  reserve(sku: string, qty: number): Promise<string>;
};

export async function withRetry<T>(
  operation: Promise<T>,
  { attempts = 3, delayMs = 400, label = 'operation' } = {},
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      console.warn(`${label} failed (attempt ${attempt}/${attempts}): ${(err as Error).message}`);
      if (attempt < attempts) await sleep(delayMs * attempt);
    }
  }
  throw lastError;
}

export async function orderSelectorParts(model: string, skus: string[]): Promise<string[]> {
  const reservations: string[] = [];
  for (const sku of skus) {
    const part = await withRetry(partsApi.fetchPart(sku), { label: `lookup ${sku}` });
    if (!part.fits.includes(model)) {
      console.warn(`${sku} (${part.description}) does not fit a ${model}, skipping`);
      continue;
    }
    if (part.stock === 0) {
      console.warn(`${sku} is out of stock`);
      continue;
    }
    reservations.push(await partsApi.reserve(sku, 1));
  }
  return reservations;
}

export async function restoreCabinet(model: string, faults: Record<string, string[]>): Promise<string> {
  const lines: string[] = [`Restoration order for ${model}`];
  for (const [assembly, skus] of Object.entries(faults)) {
    const reserved = await orderSelectorParts(model, skus);
    lines.push(`  ${assembly}: ${reserved.length}/${skus.length} parts reserved`);
  }
  return lines.join('\n');
}
