// expect: none
// Every fs callback returns right after reject, and JSON.parse runs in a try/catch, so each promise settles once and nothing throws inside a callback.
import { readFile, writeFile, rename, unlink } from 'node:fs';
import { join } from 'node:path';

export type BloodGroup = 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';

export interface Unit {
  unitId: string;
  group: BloodGroup;
  component: 'whole' | 'rbc' | 'plasma' | 'platelets';
  collectedAt: string;
  expiresAt: string;
}

export interface InventorySnapshot {
  siteId: string;
  takenAt: string;
  units: Unit[];
}

function snapshotPath(dir: string, siteId: string): string {
  return join(dir, `inventory-${siteId}.json`);
}

function isSnapshot(value: unknown): value is InventorySnapshot {
  const v = value as InventorySnapshot;
  return typeof v === 'object' && v !== null && typeof v.siteId === 'string' && Array.isArray(v.units);
}

export function loadSnapshot(dir: string, siteId: string): Promise<InventorySnapshot | null> {
  return new Promise((resolve, reject) => {
    readFile(snapshotPath(dir, siteId), 'utf8', (err, text) => {
      if (err) {
        if (err.code === 'ENOENT') {
          resolve(null);
          return;
        }
        reject(err);
        return;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (parseErr) {
        reject(new Error(`corrupt snapshot for ${siteId}: ${(parseErr as Error).message}`));
        return;
      }
      if (!isSnapshot(parsed)) {
        reject(new Error(`snapshot for ${siteId} has an unexpected shape`));
        return;
      }
      resolve(parsed);
    });
  });
}

export function saveSnapshot(dir: string, snapshot: InventorySnapshot): Promise<void> {
  const target = snapshotPath(dir, snapshot.siteId);
  const tmp = `${target}.${process.pid}.partial`;
  return new Promise((resolve, reject) => {
    writeFile(tmp, JSON.stringify(snapshot, null, 2), 'utf8', (writeErr) => {
      if (writeErr) {
        reject(writeErr);
        return;
      }
      rename(tmp, target, (renameErr) => {
        if (!renameErr) {
          resolve();
          return;
        }
        unlink(tmp, () => reject(renameErr));
      });
    });
  });
}

export function expiringWithin(snapshot: InventorySnapshot, hours: number, now = new Date()): Unit[] {
  const cutoff = now.getTime() + hours * 3_600_000;
  return snapshot.units.filter((u) => Date.parse(u.expiresAt) <= cutoff).sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt));
}

export async function stockByGroup(dir: string, siteId: string): Promise<Record<BloodGroup, number>> {
  const counts = { 'O-': 0, 'O+': 0, 'A-': 0, 'A+': 0, 'B-': 0, 'B+': 0, 'AB-': 0, 'AB+': 0 };
  const snapshot = await loadSnapshot(dir, siteId);
  for (const unit of snapshot?.units ?? []) counts[unit.group]++;
  return counts;
}
