// expect: none
// Every status class has a branch that settles (2xx resolves after 'end', everything else rejects after draining), and request/response errors reject, so the promise always settles.
import { request } from 'node:http';

export interface Invoice {
  id: string;
  amountCents: number;
  status: 'open' | 'paid' | 'void';
}

export function fetchInvoice(baseUrl: string, id: string, apiKey: string): Promise<Invoice> {
  return new Promise<Invoice>((resolve, reject) => {
    const req = request(`${baseUrl}/v1/invoices/${encodeURIComponent(id)}`, {
      method: 'GET',
      headers: { authorization: `Bearer ${apiKey}` },
      timeout: 15_000,
    });
    req.on('timeout', () => req.destroy(new Error(`invoice ${id}: request timed out`)));
    req.on('error', reject);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        res.resume();
        reject(new Error(`invoice ${id}: HTTP ${status}`));
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Invoice);
        } catch (err) {
          reject(err);
        }
      });
    });
    req.end();
  });
}

export async function isPaid(baseUrl: string, id: string, apiKey: string): Promise<boolean> {
  return (await fetchInvoice(baseUrl, id, apiKey)).status === 'paid';
}
