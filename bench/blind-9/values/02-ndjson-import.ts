// expect: none
// Rows are collected by the stream's 'data' handler but only read after `await finished(input)`, which resolves after the last chunk has been delivered (and rejects on a read error).
import { createReadStream } from 'node:fs';
import { finished } from 'node:stream/promises';

interface ContactRow {
  email: string;
  name: string;
  tags: string[];
}

declare const crm: {
  upsertMany(rows: ContactRow[], opts: { signal?: AbortSignal }): Promise<{ inserted: number; updated: number }>;
};

export interface ImportSummary {
  accepted: number;
  rejected: Array<{ line: number; reason: string }>;
  inserted: number;
  updated: number;
}

export async function importContacts(path: string, signal?: AbortSignal): Promise<ImportSummary> {
  const input = createReadStream(path, { encoding: 'utf8', signal });
  const rows: ContactRow[] = [];
  const rejected: ImportSummary['rejected'] = [];
  let lineNo = 0;
  let carry = '';

  const accept = (line: string): void => {
    lineNo += 1;
    if (!line.trim()) return;
    try {
      const parsed = JSON.parse(line) as Partial<ContactRow>;
      if (!parsed.email || !parsed.email.includes('@')) {
        rejected.push({ line: lineNo, reason: 'missing or invalid email' });
        return;
      }
      rows.push({ email: parsed.email.toLowerCase(), name: parsed.name ?? '', tags: parsed.tags ?? [] });
    } catch (err) {
      rejected.push({ line: lineNo, reason: (err as Error).message });
    }
  };

  input.on('data', (chunk) => {
    const lines = (carry + String(chunk)).split('\n');
    carry = lines.pop() ?? '';
    for (const line of lines) accept(line);
  });

  await finished(input);
  if (carry) accept(carry);

  if (rows.length === 0) {
    return { accepted: 0, rejected, inserted: 0, updated: 0 };
  }
  const { inserted, updated } = await crm.upsertMany(rows, { signal });
  return { accepted: rows.length, rejected, inserted, updated };
}
