// expect: no-multiple-settle
// nextPage() clears the timeout on a fault but not when a page arrives, so the timer later rejects an already-resolved promise.
import { EventEmitter, once } from 'node:events';
import { createWriteStream } from 'node:fs';

export interface ScannedPage {
  index: number;
  dpi: number;
  png: Buffer;
}

export interface ScannerFault {
  code: 'JAM' | 'COVER_OPEN' | 'EMPTY_TRAY';
  detail: string;
}

interface ScannerDevice extends EventEmitter {
  feed(): void;
  reset(): Promise<void>;
}

declare const catalog: {
  partPath(workId: string, instrument: string): string;
  markDigitised(workId: string, instrument: string, pages: number): Promise<void>;
};

export class ScanTimeoutError extends Error {
  constructor(readonly pageIndex: number) {
    super(`scanner produced no page ${pageIndex} in time`);
    this.name = 'ScanTimeoutError';
  }
}

export class ScoreScannerSession {
  private pageIndex = 0;

  constructor(
    private readonly scanner: ScannerDevice,
    private readonly pageTimeoutMs = 15_000,
  ) {}

  async scanPart(workId: string, instrument: string, expectedPages: number): Promise<number> {
    const out = createWriteStream(catalog.partPath(workId, instrument));
    this.pageIndex = 0;
    try {
      while (this.pageIndex < expectedPages) {
        const page = await this.nextPage();
        if (!out.write(page.png)) {
          await once(out, 'drain');
        }
      }
    } finally {
      out.end();
      await once(out, 'finish');
    }
    await catalog.markDigitised(workId, instrument, this.pageIndex);
    return this.pageIndex;
  }

  private nextPage(): Promise<ScannedPage> {
    const index = this.pageIndex + 1;
    return new Promise<ScannedPage>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.scanner.off('page', onPage);
        this.scanner.off('fault', onFault);
        reject(new ScanTimeoutError(index));
      }, this.pageTimeoutMs);

      const onPage = (page: ScannedPage): void => {
        this.scanner.off('fault', onFault);
        this.pageIndex = index;
        resolve(page);
      };

      const onFault = (fault: ScannerFault): void => {
        this.scanner.off('page', onPage);
        clearTimeout(timer);
        reject(new Error(`scanner fault ${fault.code} on page ${index}: ${fault.detail}`));
      };

      this.scanner.once('page', onPage);
      this.scanner.once('fault', onFault);
      this.scanner.feed();
    });
  }
}

export async function digitiseParts(
  scanner: ScannerDevice,
  workId: string,
  parts: ReadonlyArray<{ instrument: string; pages: number }>,
): Promise<Record<string, number>> {
  const session = new ScoreScannerSession(scanner);
  const summary: Record<string, number> = {};
  for (const part of parts) {
    await scanner.reset();
    summary[part.instrument] = await session.scanPart(workId, part.instrument, part.pages);
  }
  return summary;
}
