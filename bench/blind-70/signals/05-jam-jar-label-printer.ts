// expect: no-leaked-race
// bug: when the printer acknowledges first, the losing timeout timer and the 'printed' listener (when the timer wins) are never cleaned up, so every label leaks a pending timer or listener.
import { EventEmitter } from 'node:events';

export interface JarLabel {
  batchCode: string;
  preserve: string;
  bestBefore: string;
  netGrams: number;
  allergens: string[];
}

export interface PrinterAck {
  jobId: number;
  batchCode: string;
  copies: number;
}

interface LabelPrinter extends EventEmitter {
  submit(jobId: number, zpl: string, copies: number): void;
}

export class LabelTimeoutError extends Error {
  constructor(readonly jobId: number) {
    super(`label job ${jobId} was not acknowledged`);
    this.name = 'LabelTimeoutError';
  }
}

function toZpl(label: JarLabel): string {
  const allergenLine = label.allergens.length ? `^FO40,200^FDContains: ${label.allergens.join(', ')}^FS` : '';
  return [
    '^XA',
    `^FO40,40^A0N,48,48^FD${label.preserve}^FS`,
    `^FO40,110^A0N,28,28^FDBatch ${label.batchCode}  BB ${label.bestBefore}^FS`,
    `^FO40,150^A0N,28,28^FD${label.netGrams} g e^FS`,
    allergenLine,
    '^XZ',
  ].join('\n');
}

export class LabelStation {
  private nextJobId = 1;

  constructor(
    private readonly printer: LabelPrinter,
    private readonly ackTimeoutMs = 4_000,
  ) {}

  private waitForAck(jobId: number): Promise<PrinterAck> {
    return new Promise<PrinterAck>((resolve) => {
      const onPrinted = (ack: PrinterAck) => {
        if (ack.jobId === jobId) {
          this.printer.off('printed', onPrinted);
          resolve(ack);
        }
      };
      this.printer.on('printed', onPrinted);
    });
  }

  async print(label: JarLabel, copies: number): Promise<PrinterAck> {
    const jobId = this.nextJobId++;
    const acked = this.waitForAck(jobId);
    this.printer.submit(jobId, toZpl(label), copies);

    return Promise.race([
      acked,
      new Promise<never>((_, reject) => setTimeout(() => reject(new LabelTimeoutError(jobId)), this.ackTimeoutMs)),
    ]);
  }

  async printRun(labels: Array<{ label: JarLabel; copies: number }>): Promise<{ printed: number; failed: string[] }> {
    let printed = 0;
    const failed: string[] = [];
    for (const { label, copies } of labels) {
      try {
        const ack = await this.print(label, copies);
        printed += ack.copies;
      } catch (err) {
        if (!(err instanceof LabelTimeoutError)) throw err;
        failed.push(label.batchCode);
      }
    }
    return { printed, failed };
  }
}
