// expect: no-promise-as-value
// The receipt's calibration line interpolates this.lastCalibration(...) without await, so every printed receipt says "scale calibrated [object Promise]".
export interface WeighIn {
  entryId: string;
  grower: string;
  variety: "atlantic-giant" | "big-max" | "howden";
  scaleId: string;
  grossKg: number;
  palletKg: number;
}

export interface Receipt {
  entryId: string;
  netKg: number;
  rank: number;
  text: string;
}

declare const calibrationLog: { latest(scaleId: string): Promise<{ at: Date; technician: string } | null> };
declare const standings: {
  submit(entryId: string, variety: WeighIn["variety"], netKg: number): Promise<number>;
};
declare const printer: { print(text: string): Promise<void> };

const PATCH_NAME = "Hollow Creek Pumpkin Patch";
const RECORD_KG: Record<WeighIn["variety"], number> = {
  "atlantic-giant": 1246.9,
  "big-max": 180,
  howden: 40,
};

function pad(label: string, value: string, width = 36): string {
  const dots = ".".repeat(Math.max(2, width - label.length - value.length));
  return `${label}${dots}${value}`;
}

export class WeighInDesk {
  constructor(private readonly clock: () => Date = () => new Date()) {}

  private async lastCalibration(scaleId: string): Promise<string> {
    const entry = await calibrationLog.latest(scaleId);
    if (!entry) return "never (uncertified)";
    return `${entry.at.toISOString().slice(0, 10)} by ${entry.technician}`;
  }

  private receiptText(entry: WeighIn, netKg: number, rank: number): string {
    const pctOfRecord = (netKg / RECORD_KG[entry.variety]) * 100;
    return [
      PATCH_NAME.toUpperCase(),
      this.clock().toLocaleString("en-US"),
      "",
      pad("Grower", entry.grower),
      pad("Variety", entry.variety),
      pad("Gross", `${entry.grossKg.toFixed(1)} kg`),
      pad("Pallet", `-${entry.palletKg.toFixed(1)} kg`),
      pad("Net", `${netKg.toFixed(1)} kg`),
      pad("Of record", `${pctOfRecord.toFixed(1)}%`),
      pad("Current rank", `#${rank}`),
      "",
      `Scale ${entry.scaleId} calibrated ${this.lastCalibration(entry.scaleId)}`,
    ].join("\n");
  }

  async weigh(entry: WeighIn): Promise<Receipt> {
    const netKg = Math.round((entry.grossKg - entry.palletKg) * 10) / 10;
    if (netKg <= 0) {
      throw new Error(`entry ${entry.entryId}: pallet weight exceeds gross weight`);
    }
    const rank = await standings.submit(entry.entryId, entry.variety, netKg);
    const text = this.receiptText(entry, netKg, rank);
    await printer.print(text);
    return { entryId: entry.entryId, netKg, rank, text };
  }
}
