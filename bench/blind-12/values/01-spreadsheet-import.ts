// expect: no-read-before-settle
// csvText is assigned in reader.onload, which fires after readAsText returns, but parseRows(csvText) runs synchronously right after.
export interface ImportedRow {
  sku: string;
  name: string;
  quantity: number;
  unitPrice: number;
}

export interface ImportReport {
  fileName: string;
  rows: ImportedRow[];
  rejected: Array<{ line: number; reason: string }>;
}

const REQUIRED_COLUMNS = ['sku', 'name', 'quantity', 'unit_price'] as const;

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        current += '"';
        i++;
      } else {
        quoted = !quoted;
      }
    } else if (ch === ',' && !quoted) {
      out.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current.trim());
  return out;
}

function parseRows(text: string, fileName: string): ImportReport {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new Error(`${fileName}: missing columns ${missing.join(', ')}`);
  }
  const idx = Object.fromEntries(REQUIRED_COLUMNS.map((c) => [c, header.indexOf(c)]));
  const report: ImportReport = { fileName, rows: [], rejected: [] };

  lines.slice(1).forEach((line, i) => {
    const cells = splitCsvLine(line);
    const quantity = Number(cells[idx.quantity]);
    const unitPrice = Number(cells[idx.unit_price]);
    if (!cells[idx.sku]) {
      report.rejected.push({ line: i + 2, reason: 'empty sku' });
    } else if (!Number.isInteger(quantity) || quantity < 0) {
      report.rejected.push({ line: i + 2, reason: `bad quantity "${cells[idx.quantity]}"` });
    } else if (Number.isNaN(unitPrice)) {
      report.rejected.push({ line: i + 2, reason: `bad price "${cells[idx.unit_price]}"` });
    } else {
      report.rows.push({ sku: cells[idx.sku], name: cells[idx.name], quantity, unitPrice });
    }
  });
  return report;
}

export class InventoryImportPanel {
  private reports: ImportReport[] = [];

  constructor(
    private readonly input: HTMLInputElement,
    private readonly summary: HTMLElement,
  ) {
    this.input.addEventListener('change', () => this.handleSelection());
  }

  private handleSelection(): void {
    const file = this.input.files?.[0];
    if (!file) return;
    if (!/\.csv$/i.test(file.name)) {
      this.summary.textContent = 'Please choose a .csv export from the spreadsheet.';
      return;
    }

    let csvText = '';
    const reader = new FileReader();
    reader.onload = () => {
      csvText = typeof reader.result === 'string' ? reader.result : '';
    };
    reader.onerror = () => {
      this.summary.textContent = `Could not read ${file.name}`;
    };
    reader.readAsText(file, 'utf-8');

    try {
      const report = parseRows(csvText, file.name);
      this.reports.push(report);
      this.render(report);
    } catch (err) {
      this.summary.textContent = (err as Error).message;
    }
  }

  private render(report: ImportReport): void {
    const total = report.rows.reduce((sum, r) => sum + r.quantity * r.unitPrice, 0);
    this.summary.textContent =
      `${report.rows.length} rows imported from ${report.fileName}, ` +
      `${report.rejected.length} rejected, stock value ${total.toFixed(2)}`;
  }

  history(): readonly ImportReport[] {
    return this.reports;
  }
}
