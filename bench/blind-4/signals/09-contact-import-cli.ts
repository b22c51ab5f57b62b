// expect: no-swallowed-abort
// On Ctrl-C the batch insert rejects with AbortError, importContacts() logs it and returns the partial counts as a normal result, so main() checkpoints the file as fully imported and it is never resumed.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

interface Contact {
  email: string;
  firstName: string;
  lastName: string;
  company?: string;
}

interface ImportSummary {
  file: string;
  imported: number;
  skipped: number;
}

declare const crm: { insertContacts(batch: Contact[], opts?: { signal?: AbortSignal }): Promise<{ inserted: number }> };
declare const checkpoints: { isDone(file: string): Promise<boolean>; markDone(summary: ImportSummary): Promise<void> };

const BATCH = 500;

function parseLine(line: string): Contact | null {
  const [email, firstName, lastName, company] = line.split(',').map((s) => s.trim());
  if (!email || !email.includes('@') || !firstName) return null;
  return { email: email.toLowerCase(), firstName, lastName: lastName ?? '', company: company || undefined };
}

export async function importContacts(file: string, signal: AbortSignal): Promise<ImportSummary> {
  const summary: ImportSummary = { file: basename(file), imported: 0, skipped: 0 };
  let batch: Contact[] = [];
  try {
    const text = await readFile(file, { encoding: 'utf8', signal });
    const [, ...lines] = text.split(/\r?\n/);
    for (const line of lines) {
      if (!line.trim()) continue;
      const contact = parseLine(line);
      if (!contact) {
        summary.skipped++;
        continue;
      }
      batch.push(contact);
      if (batch.length >= BATCH) {
        summary.imported += (await crm.insertContacts(batch, { signal })).inserted;
        batch = [];
      }
    }
    if (batch.length > 0) summary.imported += (await crm.insertContacts(batch, { signal })).inserted;
  } catch (err) {
    if ((err as Error).name !== 'AbortError') throw err;
    console.warn(`\nimport of ${summary.file} interrupted after ${summary.imported} contacts`);
  }
  return summary;
}

async function main(files: string[]): Promise<void> {
  const ac = new AbortController();
  process.once('SIGINT', () => ac.abort());
  for (const file of files) {
    if (await checkpoints.isDone(basename(file))) continue;
    const summary = await importContacts(file, ac.signal);
    await checkpoints.markDone(summary);
    console.log(`${summary.file}: ${summary.imported} imported, ${summary.skipped} skipped`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
