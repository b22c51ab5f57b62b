// expect: no-read-before-settle
// Bug: reload() assigns this.templates inside the fs.readFile callback but returns this.templates.size synchronously, before the file has been read (stale/zero count).
import { readFile } from 'node:fs';
import { EventEmitter } from 'node:events';

export interface VendorTemplate {
  vendor: string;
  taxIdPattern: string;
  totalLabel: string;
  dateFormat: 'DMY' | 'MDY' | 'YMD';
}

export interface OcrPage {
  text: string;
  confidence: number;
}

export class InvoiceTemplateRegistry extends EventEmitter {
  private templates = new Map<string, VendorTemplate>();

  constructor(private readonly file: string) {
    super();
  }

  /** Reloads vendor templates from disk and returns how many are now active. */
  reload(): number {
    readFile(this.file, 'utf8', (err, raw) => {
      if (err) {
        this.emit('error', err);
        return;
      }
      const parsed = JSON.parse(raw) as VendorTemplate[];
      this.templates = new Map(parsed.map((t) => [t.vendor.toLowerCase(), t]));
      this.emit('reloaded', this.templates.size);
    });
    return this.templates.size;
  }

  match(page: OcrPage): VendorTemplate | undefined {
    if (page.confidence < 0.6) return undefined;
    for (const template of this.templates.values()) {
      if (new RegExp(template.taxIdPattern).test(page.text)) return template;
    }
    return undefined;
  }

  extractTotal(page: OcrPage, template: VendorTemplate): number | undefined {
    const label = template.totalLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`${label}\\s*[:\\-]?\\s*([\\d.,]+)`, 'i').exec(page.text);
    if (!m) return undefined;
    const normalised = m[1].replace(/,(?=\d{3}\b)/g, '').replace(',', '.');
    const value = Number.parseFloat(normalised);
    return Number.isFinite(value) ? value : undefined;
  }
}

export function startTemplateWatcher(registry: InvoiceTemplateRegistry, intervalMs = 60_000) {
  const tick = () => {
    const count = registry.reload();
    if (count === 0) {
      console.warn('no invoice templates loaded; OCR results will need manual review');
    }
  };
  registry.on('error', (err) => console.error('template reload failed', err));
  tick();
  const handle = setInterval(tick, intervalMs);
  handle.unref();
  return () => clearInterval(handle);
}
