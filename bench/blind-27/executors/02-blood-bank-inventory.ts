// expect: none
// Every callback path returns after reject(), parse errors are caught and rejected, and resolve is reached only on success.
import { readFile, stat } from 'node:fs';
import { join } from 'node:path';

export type BloodGroup = 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';
export type Component = 'whole' | 'red-cells' | 'platelets' | 'plasma';

export interface BloodUnit {
  unitId: string;
  group: BloodGroup;
  component: Component;
  collectedAt: string;
  expiresAt: string;
  quarantined: boolean;
}

export interface InventorySnapshot {
  site: string;
  exportedAt: string;
  units: BloodUnit[];
}

const MAX_SNAPSHOT_AGE_MS = 15 * 60 * 1000;
const SNAPSHOT_ROOT = process.env.BLOOD_BANK_SNAPSHOTS ?? '/srv/bloodbank/snapshots';

export function readSnapshot(site: string): Promise<InventorySnapshot> {
  const file = join(SNAPSHOT_ROOT, `${site}.json`);
  return new Promise((resolve, reject) => {
    stat(file, (statErr, info) => {
      if (statErr) {
        return reject(new Error(`no inventory snapshot for ${site}: ${statErr.code ?? statErr.message}`));
      }
      if (Date.now() - info.mtimeMs > MAX_SNAPSHOT_AGE_MS) {
        return reject(new Error(`inventory snapshot for ${site} is stale`));
      }
      readFile(file, 'utf8', (readErr, text) => {
        if (readErr) {
          return reject(readErr);
        }
        let snapshot: InventorySnapshot;
        try {
          snapshot = JSON.parse(text) as InventorySnapshot;
        } catch (parseErr) {
          return reject(parseErr);
        }
        resolve(snapshot);
      });
    });
  });
}

export function issuableUnits(snapshot: InventorySnapshot, now = new Date()): BloodUnit[] {
  return snapshot.units.filter((u) => !u.quarantined && new Date(u.expiresAt) > now);
}

const COMPATIBLE_RED_CELLS: Record<BloodGroup, BloodGroup[]> = {
  'O-': ['O-'],
  'O+': ['O-', 'O+'],
  'A-': ['O-', 'A-'],
  'A+': ['O-', 'O+', 'A-', 'A+'],
  'B-': ['O-', 'B-'],
  'B+': ['O-', 'O+', 'B-', 'B+'],
  'AB-': ['O-', 'A-', 'B-', 'AB-'],
  'AB+': ['O-', 'O+', 'A-', 'A+', 'B-', 'B+', 'AB-', 'AB+'],
};

export async function findRedCellsFor(site: string, recipient: BloodGroup, count: number): Promise<BloodUnit[]> {
  const snapshot = await readSnapshot(site);
  const allowed = new Set(COMPATIBLE_RED_CELLS[recipient]);
  return issuableUnits(snapshot)
    .filter((u) => u.component === 'red-cells' && allowed.has(u.group))
    // first-expiring first, to keep wastage down
    .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt))
    .slice(0, count);
}
