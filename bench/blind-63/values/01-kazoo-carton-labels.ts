// expect: no-promise-as-value
// The carton label interpolates lotCode(run) without awaiting it, so every printed label reads "LOT [object Promise]".
export interface ProductionRun {
  runId: string;
  line: 'A' | 'B';
  color: 'red' | 'blue' | 'yellow' | 'chrome';
  kazoos: number;
  packedAt: Date;
}

export interface CartonLabel {
  cartonNo: number;
  text: string;
  barcode: string;
}

declare const lotRegistry: {
  assign(runId: string, line: ProductionRun['line']): Promise<{ lot: string }>;
};

declare const labelPrinter: {
  print(labels: CartonLabel[]): Promise<{ printed: number }>;
};

const KAZOOS_PER_CARTON = 144;

async function lotCode(run: ProductionRun): Promise<string> {
  const { lot } = await lotRegistry.assign(run.runId, run.line);
  return `${run.line}${lot}`;
}

function julianDate(d: Date): string {
  const start = Date.UTC(d.getUTCFullYear(), 0, 0);
  const day = Math.floor((d.getTime() - start) / 86_400_000);
  return `${String(d.getUTCFullYear()).slice(2)}${String(day).padStart(3, '0')}`;
}

function checkDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    sum += Number(digits[i]) * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function cartonsFor(run: ProductionRun): number {
  return Math.ceil(run.kazoos / KAZOOS_PER_CARTON);
}

export async function printRunLabels(run: ProductionRun): Promise<number> {
  const cartons = cartonsFor(run);
  const packed = julianDate(run.packedAt);
  const labels: CartonLabel[] = [];

  for (let cartonNo = 1; cartonNo <= cartons; cartonNo++) {
    const inCarton = cartonNo < cartons ? KAZOOS_PER_CARTON : run.kazoos - KAZOOS_PER_CARTON * (cartons - 1);
    const digits = `${packed}${String(cartonNo).padStart(4, '0')}`;
    labels.push({
      cartonNo,
      text: `KAZOO ${run.color.toUpperCase()} x${inCarton} | LOT ${lotCode(run)} | PACKED ${packed}`,
      barcode: `${digits}${checkDigit(digits)}`,
    });
  }

  const { printed } = await labelPrinter.print(labels);
  if (printed !== labels.length) {
    throw new Error(`printer produced ${printed} of ${labels.length} labels for run ${run.runId}`);
  }
  return printed;
}
