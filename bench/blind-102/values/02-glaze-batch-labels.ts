// expect: no-promise-as-value
// printLabel interpolates this.nextBatchCode(), an async method, straight into the label template, so every glaze bucket is printed as "batch [object Promise]" and the batch code is never recorded on the label.
import { appendFile } from 'node:fs/promises';

export interface GlazeMix {
  recipeId: string;
  recipeName: string;
  grams: number;
  specificGravity: number;
  mixedBy: string;
}

interface LabelPrinter {
  print(zpl: string): Promise<void>;
}

interface SequenceStore {
  increment(key: string): Promise<number>;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export class GlazeLabeler {
  constructor(
    private readonly printer: LabelPrinter,
    private readonly sequences: SequenceStore,
    private readonly auditLog: string,
  ) {}

  private async nextBatchCode(recipeId: string): Promise<string> {
    const today = new Date();
    const seq = await this.sequences.increment(`${recipeId}:${today.toISOString().slice(0, 10)}`);
    return `${recipeId.toUpperCase()}-${today.getFullYear() % 100}${pad(today.getMonth() + 1, 2)}${pad(today.getDate(), 2)}-${pad(seq, 3)}`;
  }

  async printLabel(mix: GlazeMix): Promise<void> {
    const kg = (mix.grams / 1000).toFixed(2);
    const zpl = [
      '^XA',
      `^FO40,30^A0N,42,42^FD${mix.recipeName}^FS`,
      `^FO40,90^A0N,28,28^FDbatch ${this.nextBatchCode(mix.recipeId)}^FS`,
      `^FO40,130^A0N,28,28^FD${kg} kg  SG ${mix.specificGravity.toFixed(2)}^FS`,
      `^FO40,170^A0N,24,24^FDmixed by ${mix.mixedBy}^FS`,
      '^XZ',
    ].join('\n');

    await this.printer.print(zpl);
    await appendFile(this.auditLog, `${new Date().toISOString()}\t${mix.recipeId}\t${kg}\n`);
  }

  async printAll(mixes: GlazeMix[]): Promise<number> {
    let printed = 0;
    for (const mix of mixes) {
      if (mix.grams <= 0) continue;
      await this.printLabel(mix);
      printed++;
    }
    return printed;
  }
}
