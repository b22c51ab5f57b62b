// expect: none
// closeStream listens for both 'finish' and 'error' and detaches the other listener when one fires, so it settles exactly once.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export type Fabric = 'nylon' | 'polyester' | 'nomex';

export interface GorePanel {
  gore: number;
  panel: number;
  fabric: Fabric;
  widthMm: number;
  heightMm: number;
  seamAllowanceMm: number;
}

export interface ExportSummary {
  envelopeId: string;
  rows: number;
  fabricAreaM2: Record<Fabric, number>;
}

declare const envelopeDb: {
  panelsFor(envelopeId: string): AsyncIterable<GorePanel>;
  markExported(envelopeId: string, file: string): Promise<void>;
};

const HEADER = 'gore,panel,fabric,cut_width_mm,cut_height_mm\n';

function cutSize(p: GorePanel): { w: number; h: number } {
  return {
    w: p.widthMm + 2 * p.seamAllowanceMm,
    h: p.heightMm + 2 * p.seamAllowanceMm,
  };
}

function csvRow(p: GorePanel): string {
  const { w, h } = cutSize(p);
  return `${p.gore},${p.panel},${p.fabric},${w.toFixed(1)},${h.toFixed(1)}\n`;
}

async function writeChunk(out: WriteStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) {
    await once(out, 'drain');
  }
}

function closeStream(out: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = (): void => {
      out.off('error', onError);
      resolve();
    };
    const onError = (err: Error): void => {
      out.off('finish', onFinish);
      reject(err);
    };
    out.once('finish', onFinish);
    out.once('error', onError);
    out.end();
  });
}

export async function exportCuttingSheet(envelopeId: string, file: string): Promise<ExportSummary> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const fabricAreaM2: Record<Fabric, number> = { nylon: 0, polyester: 0, nomex: 0 };
  let rows = 0;

  try {
    await writeChunk(out, HEADER);
    for await (const panel of envelopeDb.panelsFor(envelopeId)) {
      if (panel.widthMm <= 0 || panel.heightMm <= 0) {
        throw new Error(`envelope ${envelopeId}: gore ${panel.gore} panel ${panel.panel} has no size`);
      }
      const { w, h } = cutSize(panel);
      fabricAreaM2[panel.fabric] += (w * h) / 1_000_000;
      await writeChunk(out, csvRow(panel));
      rows++;
    }
  } catch (err) {
    out.destroy();
    throw err;
  }

  await closeStream(out);
  await envelopeDb.markExported(envelopeId, file);
  return { envelopeId, rows, fabricAreaM2 };
}
