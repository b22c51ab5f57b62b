// expect: no-read-before-settle
// importManifest() kicks off FileReader.readAsText and immediately reads this.manifest, which the 'load' listener only sets later, so the table shows the previous parcel's items (or none) and the returned count is wrong.
export interface ManifestItem {
  barcode: string;
  title: string;
  owningLibrary: string;
  dueBack: string;
}

export interface ParcelManifest {
  parcelId: string;
  courier: string;
  items: ManifestItem[];
}

export class ParcelCheckInView {
  private manifest: ParcelManifest | null = null;

  constructor(
    private readonly table: HTMLTableSectionElement,
    private readonly status: HTMLElement,
  ) {}

  importManifest(file: File): number {
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      this.manifest = JSON.parse(String(reader.result)) as ParcelManifest;
    });
    reader.addEventListener('error', () => {
      this.status.textContent = `Could not read ${file.name}: ${reader.error?.message ?? 'unknown error'}`;
    });
    reader.readAsText(file);

    const items = this.manifest?.items ?? [];
    this.renderTable(items);
    this.status.textContent = `${items.length} items in parcel ${this.manifest?.parcelId ?? '—'}`;
    return items.length;
  }

  private renderTable(items: ManifestItem[]): void {
    this.table.replaceChildren(
      ...items.map((item) => {
        const row = document.createElement('tr');
        for (const text of [item.barcode, item.title, item.owningLibrary, item.dueBack]) {
          const cell = document.createElement('td');
          cell.textContent = text;
          row.append(cell);
        }
        return row;
      }),
    );
  }

  markReceived(barcode: string): boolean {
    const row = [...this.table.rows].find((r) => r.cells[0]?.textContent === barcode);
    if (!row) return false;
    row.classList.add('received');
    return true;
  }
}
