// expect: no-floating-promises
// fs.readFile's error-first callback return value is ignored, so the async callback's upload promise floats and its failure is unhandled.
import { readFile } from 'node:fs';
import { basename } from 'node:path';

declare class BlobStorage {
  constructor(container: string);
  put(key: string, data: Buffer, contentType: string): Promise<{ etag: string }>;
}

const storage = new BlobStorage('invoices');

export function uploadInvoice(path: string, onDone: (err: Error | null, etag?: string) => void): void {
  readFile(path, async (err, data) => {
    if (err) {
      onDone(err);
      return;
    }
    const { etag } = await storage.put(`pdf/${basename(path)}`, data, 'application/pdf');
    onDone(null, etag);
  });
}
