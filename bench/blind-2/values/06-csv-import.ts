// expect: none
// The FileReader result is read inside the load handler and delivered through the promise; parsing happens only after `await readText(file)`, so the text is always present.
export interface ContactRow {
  email: string;
  name: string;
  tags: string[];
}

export interface ImportReport {
  rows: ContactRow[];
  skipped: { line: number; reason: string }[];
}

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.onabort = () => reject(new DOMException(`reading ${file.name} was aborted`, 'AbortError'));
    reader.readAsText(file, 'utf-8');
  });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function importContacts(input: HTMLInputElement): Promise<ImportReport> {
  const file = input.files?.[0];
  if (!file) return { rows: [], skipped: [] };
  if (file.size > 5 * 1024 * 1024) throw new Error(`${file.name} is larger than 5 MB`);

  const text = await readText(file);
  const [header, ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const cols = header.split(',').map((c) => c.trim().toLowerCase());
  const emailIdx = cols.indexOf('email');
  const nameIdx = cols.indexOf('name');
  if (emailIdx < 0) throw new Error('CSV has no "email" column');

  const report: ImportReport = { rows: [], skipped: [] };
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const cells = line.split(',').map((c) => c.trim());
    const email = cells[emailIdx]?.toLowerCase() ?? '';
    if (!EMAIL.test(email)) {
      report.skipped.push({ line: i + 2, reason: `invalid email "${email}"` });
      return;
    }
    const tags = cells.slice(Math.max(emailIdx, nameIdx) + 1).filter(Boolean);
    report.rows.push({ email, name: nameIdx >= 0 ? cells[nameIdx] ?? '' : '', tags });
  });
  return report;
}
