// expect: none
// retry() receives a function and calls it again on every attempt, so each retry sends a fresh print request instead of re-awaiting the first failed one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CenterLabel {
  catalogNo: string;
  side: 'A' | 'B';
  artist: string;
  title: string;
  rpm: 33 | 45;
}

export interface LabelPrinter {
  printSheet(labels: CenterLabel[]): Promise<{ sheetId: string; printed: number }>;
}

export class TransientPrinterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientPrinterError';
  }
}

export async function retry<T>(task: () => Promise<T>, attempts = 3, delayMs = 400): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      if (!(err instanceof TransientPrinterError)) break;
      if (i < attempts - 1) await sleep(delayMs * (i + 1));
    }
  }
  throw lastError;
}

export class LabelRun {
  private readonly sheets: string[] = [];

  constructor(
    private readonly printer: LabelPrinter,
    private readonly perSheet = 12,
  ) {}

  private sheetsFor(labels: CenterLabel[]): CenterLabel[][] {
    const sheets: CenterLabel[][] = [];
    for (let i = 0; i < labels.length; i += this.perSheet) {
      sheets.push(labels.slice(i, i + this.perSheet));
    }
    return sheets;
  }

  async printOrder(catalogNo: string, artist: string, title: string, copies: number, rpm: 33 | 45 = 33): Promise<number> {
    const labels: CenterLabel[] = [];
    for (let i = 0; i < copies; i++) {
      labels.push({ catalogNo, side: 'A', artist, title, rpm }, { catalogNo, side: 'B', artist, title, rpm });
    }

    let printed = 0;
    for (const sheet of this.sheetsFor(labels)) {
      const result = await retry(() => this.printer.printSheet(sheet));
      this.sheets.push(result.sheetId);
      printed += result.printed;
    }
    if (printed !== labels.length) {
      throw new Error(`Printed ${printed} of ${labels.length} labels for ${catalogNo}`);
    }
    return printed;
  }

  printedSheets(): readonly string[] {
    return this.sheets;
  }
}
