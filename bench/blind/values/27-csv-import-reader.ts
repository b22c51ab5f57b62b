// expect: none
// reader.result is read inside the onload callback, after the file has been read, and the parsed rows are delivered through the promise's resolve.

export interface CsvRow {
  [column: string]: string;
}

function parseCsv(text: string): CsvRow[] {
  const [header = '', ...lines] = text.split(/\r?\n/).filter((l) => l.length > 0);
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const row: CsvRow = {};
    columns.forEach((col, i) => {
      row[col] = cells[i] ?? '';
    });
    return row;
  });
}

export function readCsvFile(file: File): Promise<CsvRow[]> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const text = typeof reader.result === 'string' ? reader.result : '';
      resolve(parseCsv(text));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}
