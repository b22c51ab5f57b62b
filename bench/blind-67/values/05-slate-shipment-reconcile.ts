// expect: no-read-before-settle
// discrepancies is computed from the counted map right after the 'line' listener is attached, before readline has delivered any line, so every declared grade looks missing.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";

export type SlateGrade = "A1" | "A2" | "B" | "reject";

export interface DeclaredCount {
  grade: SlateGrade;
  pallets: number;
}

export interface Reconciliation {
  shipmentId: string;
  countedTotal: number;
  malformedLines: number;
  discrepancies: Array<{ grade: SlateGrade; declared: number; counted: number }>;
}

declare const orders: { declaredPallets(shipmentId: string): Promise<DeclaredCount[]> };

const GRADES: ReadonlySet<string> = new Set(["A1", "A2", "B", "reject"]);

function parseScanLine(line: string): { palletId: string; grade: SlateGrade } | null {
  // Yard scanner format: <palletId>;<grade>;<timestamp>;<operator>
  const [palletId, grade] = line.split(";");
  if (!palletId || !grade || !GRADES.has(grade.trim())) {
    return null;
  }
  return { palletId: palletId.trim(), grade: grade.trim() as SlateGrade };
}

export async function reconcileShipment(shipmentId: string, scanFile: string): Promise<Reconciliation> {
  const declared = await orders.declaredPallets(shipmentId);

  const counted = new Map<SlateGrade, number>();
  const seenPallets = new Set<string>();
  let malformedLines = 0;

  const rl = createInterface({ input: createReadStream(scanFile, "utf8"), crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (line.startsWith("#") || line.trim() === "") return;
    const scan = parseScanLine(line);
    if (!scan) {
      malformedLines++;
      return;
    }
    if (seenPallets.has(scan.palletId)) return; // scanners double-read on the ramp
    seenPallets.add(scan.palletId);
    counted.set(scan.grade, (counted.get(scan.grade) ?? 0) + 1);
  });

  const discrepancies = declared
    .map((d) => ({ grade: d.grade, declared: d.pallets, counted: counted.get(d.grade) ?? 0 }))
    .filter((d) => d.declared !== d.counted);

  await once(rl, "close");

  return {
    shipmentId,
    countedTotal: seenPallets.size,
    malformedLines,
    discrepancies,
  };
}
