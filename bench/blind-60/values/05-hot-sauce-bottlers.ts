// expect: none
// Counters and the lot label are written in 'reading' listeners and a .then callback, but are only read after awaiting the promises that complete once those callbacks have run.
import { EventEmitter } from 'node:events';

export interface PhReading {
  bottleSerial: string;
  ph: number;
  fillMl: number;
}

export interface BatchQc {
  lot: string;
  label: string;
  inspected: number;
  rejectedAcid: number;
  rejectedFill: number;
  passRate: number;
}

export interface QcStation extends EventEmitter {
  /** Emits 'reading' for every bottle, then resolves once the whole tray has been scanned. */
  scanTray(lot: string): Promise<number>;
}

declare const labels: {
  lookup(lot: string): Promise<{ sauce: string; heat: 'mild' | 'hot' | 'reaper' }>;
};

// Acidified sauces must stay at or below pH 4.6 to be shelf-stable.
const MAX_PH = 4.6;

export async function inspectLot(station: QcStation, lot: string, nominalMl: number): Promise<BatchQc> {
  let inspected = 0;
  let rejectedAcid = 0;
  let rejectedFill = 0;
  let label = lot;

  const onReading = (r: PhReading) => {
    inspected++;
    if (r.ph > MAX_PH) rejectedAcid++;
    else if (Math.abs(r.fillMl - nominalMl) > nominalMl * 0.02) rejectedFill++;
  };

  const labelLookup = labels.lookup(lot).then((l) => {
    label = `${l.sauce} (${l.heat})`;
  });

  station.on('reading', onReading);
  try {
    const [scanned] = await Promise.all([station.scanTray(lot), labelLookup]);
    if (scanned !== inspected) {
      throw new Error(`lot ${lot}: station scanned ${scanned} bottles but reported ${inspected}`);
    }
  } finally {
    station.off('reading', onReading);
  }

  const passed = inspected - rejectedAcid - rejectedFill;
  return {
    lot,
    label,
    inspected,
    rejectedAcid,
    rejectedFill,
    passRate: inspected === 0 ? 0 : Math.round((passed / inspected) * 1000) / 10,
  };
}

export function releaseDecision(qc: BatchQc): 'release' | 'rework' | 'destroy' {
  if (qc.rejectedAcid > 0) return 'destroy';
  return qc.passRate >= 98 ? 'release' : 'rework';
}

export async function inspectShift(station: QcStation, lots: string[], nominalMl: number): Promise<Map<string, BatchQc>> {
  const results = new Map<string, BatchQc>();
  for (const lot of lots) {
    results.set(lot, await inspectLot(station, lot, nominalMl));
  }
  return results;
}
