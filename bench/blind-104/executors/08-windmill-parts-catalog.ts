// expect: none
// Parsing and validation sit inside the try and resolve is the last statement after it, while request, response and timeout failures go through one settled guard, so nothing can reject after the catalog resolves.
import { get, type IncomingMessage } from 'node:http';

export interface SailPart {
  partNo: string;
  material: 'oak' | 'pine' | 'steel';
  lengthM: number;
  inStock: number;
}

export interface Catalog {
  supplier: string;
  parts: SailPart[];
}

function validate(data: unknown): Catalog {
  const c = data as Partial<Catalog>;
  if (typeof c?.supplier !== 'string' || !Array.isArray(c.parts)) {
    throw new Error('catalog payload is missing supplier or parts');
  }
  for (const p of c.parts) {
    if (typeof p.partNo !== 'string' || !(p.lengthM > 0)) {
      throw new Error(`catalog entry ${String(p.partNo)} has no usable length`);
    }
  }
  return { supplier: c.supplier, parts: c.parts };
}

export function fetchCatalog(host: string, path: string, timeoutMs: number): Promise<Catalog> {
  return new Promise<Catalog>((resolve, reject) => {
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(err);
    };

    const req = get({ host, path, timeout: timeoutMs, headers: { accept: 'application/json' } }, (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        res.resume();
        fail(new Error(`${host}${path} answered ${res.statusCode ?? 'nothing'}`));
        return;
      }
      res.setEncoding('utf8');
      let body = '';
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('error', fail);
      res.on('end', () => {
        let catalog: Catalog;
        try {
          catalog = validate(JSON.parse(body));
        } catch (err) {
          fail(err instanceof Error ? err : new Error(String(err)));
          return;
        }
        if (settled) return;
        settled = true;
        resolve(catalog);
      });
    });

    req.on('timeout', () => fail(new Error(`${host} sent no catalog within ${timeoutMs}ms`)));
    req.on('error', fail);
  });
}

export async function planSailRepair(host: string, sailLengthM: number, stocks: number) {
  const catalog = await fetchCatalog(host, '/catalog/sails.json', 8_000);
  const fits = catalog.parts.filter((p) => p.material === 'oak' && p.lengthM >= sailLengthM);
  const available = fits.reduce((sum, p) => sum + p.inStock, 0);
  return {
    supplier: catalog.supplier,
    candidates: fits.map((p) => p.partNo),
    shortfall: Math.max(0, stocks - available),
  };
}
