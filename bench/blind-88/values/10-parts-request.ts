// expect: none
// The pending lookup promise is handed to track(), whose parameter is typed Promise<unknown> because it tracks in-flight work, and every value placed in a template string or the JSON body is awaited first.
export interface MovementPart {
  sku: string;
  description: string;
  maker: string;
  calibre: string;
  priceGbp: number;
  inStock: number;
}

export interface PartsRequest {
  ticketId: string;
  calibre: string;
  parts: Array<{ kind: 'mainspring' | 'click-spring' | 'pivot' | 'bushing' | 'suspension-spring'; size?: string }>;
}

declare const catalogue: {
  lookup(calibre: string, kind: string, size?: string): Promise<MovementPart | undefined>;
};
declare const workshop: { postNote(ticketId: string, text: string): Promise<void> };

const inflight = new Set<Promise<unknown>>();

function track(work: Promise<unknown>): void {
  inflight.add(work);
  work.then(
    () => inflight.delete(work),
    () => inflight.delete(work),
  );
}

export async function drain(): Promise<void> {
  await Promise.allSettled([...inflight]);
}

export async function orderParts(req: PartsRequest, supplierUrl: string): Promise<{ ordered: number; missing: string[] }> {
  const lookups = req.parts.map((p) => {
    const lookup = catalogue.lookup(req.calibre, p.kind, p.size);
    track(lookup);
    return lookup;
  });
  const found = await Promise.all(lookups);

  const missing: string[] = [];
  const lines: Array<{ sku: string; qty: number }> = [];
  found.forEach((part, i) => {
    const want = req.parts[i];
    if (!part || part.inStock === 0) {
      missing.push(`${want.kind}${want.size ? ` ${want.size}` : ''}`);
    } else {
      lines.push({ sku: part.sku, qty: 1 });
    }
  });

  if (lines.length > 0) {
    const res = await fetch(supplierUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reference: req.ticketId, calibre: req.calibre, lines }),
    });
    if (!res.ok) throw new Error(`supplier refused order for ${req.ticketId}: ${res.status}`);
  }

  const note = `${lines.length} part(s) ordered for calibre ${req.calibre}` + (missing.length ? `; unavailable: ${missing.join(', ')}` : '');
  await workshop.postNote(req.ticketId, note);

  return { ordered: lines.length, missing };
}
