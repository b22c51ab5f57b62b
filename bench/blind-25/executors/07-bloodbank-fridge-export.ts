// expect: no-multiple-settle
// After reject(err) the callback keeps going (no return), so raw is undefined and raw.split throws inside the fs callback, crashing the process.
import { readFile } from 'node:fs';
import { EventEmitter } from 'node:events';

export type AboGroup = 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';

export interface StoredUnit {
  unitId: string;
  group: AboGroup;
  component: 'RBC' | 'PLT' | 'FFP';
  expires: Date;
  shelf: string;
}

export interface ReconcileReport {
  fridgeId: string;
  counted: number;
  expired: StoredUnit[];
  missingFromLis: string[];
}

declare const lis: {
  unitsAssignedTo(fridgeId: string): Promise<Set<string>>;
};

export const reconcileEvents = new EventEmitter();

function parseExport(raw: string): StoredUnit[] {
  const units: StoredUnit[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim() || line.startsWith('UNIT_ID')) continue;
    const [unitId, group, component, expires, shelf] = line.split(';');
    units.push({
      unitId,
      group: group as AboGroup,
      component: component as StoredUnit['component'],
      expires: new Date(expires),
      shelf,
    });
  }
  return units;
}

function readFridgeExport(path: string): Promise<StoredUnit[]> {
  return new Promise<StoredUnit[]>((resolve, reject) => {
    readFile(path, 'latin1', (err, raw) => {
      if (err) {
        reconcileEvents.emit('export-unreadable', { path, code: err.code });
        reject(err);
      }
      resolve(parseExport(raw));
    });
  });
}

export async function reconcileFridge(fridgeId: string, exportPath: string, now = new Date()): Promise<ReconcileReport> {
  const [units, assigned] = await Promise.all([
    readFridgeExport(exportPath),
    lis.unitsAssignedTo(fridgeId),
  ]);

  const expired = units.filter((u) => u.expires.getTime() <= now.getTime());
  const onShelf = new Set(units.map((u) => u.unitId));
  const missingFromLis = [...assigned].filter((id) => !onShelf.has(id));

  const report: ReconcileReport = {
    fridgeId,
    counted: units.length,
    expired,
    missingFromLis,
  };
  if (expired.length > 0 || missingFromLis.length > 0) {
    reconcileEvents.emit('discrepancy', report);
  }
  return report;
}
