// expect: none
// Every readFile/writeFile callback path returns right after rejecting, and JSON parse failures are caught and rejected, so each promise settles exactly once.
import { readFile, writeFile, rename } from 'node:fs';
import { join } from 'node:path';

export interface SignedWaiver {
  rentalId: string;
  customerName: string;
  boatType: 'single' | 'tandem' | 'sup';
  signedAt: string;
  guardianName?: string;
}

function waiverPath(root: string, rentalId: string): string {
  return join(root, 'waivers', `${rentalId}.json`);
}

export function loadWaiver(root: string, rentalId: string): Promise<SignedWaiver | null> {
  return new Promise((resolve, reject) => {
    readFile(waiverPath(root, rentalId), 'utf8', (err, text) => {
      if (err) {
        if (err.code === 'ENOENT') {
          resolve(null);
          return;
        }
        reject(err);
        return;
      }

      let parsed: SignedWaiver;
      try {
        parsed = JSON.parse(text) as SignedWaiver;
      } catch (parseErr) {
        reject(new Error(`waiver ${rentalId} is corrupt: ${(parseErr as Error).message}`));
        return;
      }
      resolve(parsed);
    });
  });
}

export function saveWaiver(root: string, waiver: SignedWaiver): Promise<void> {
  const finalPath = waiverPath(root, waiver.rentalId);
  const tmpPath = `${finalPath}.${process.pid}.tmp`;
  const body = JSON.stringify(waiver, null, 2);

  return new Promise((resolve, reject) => {
    writeFile(tmpPath, body, { encoding: 'utf8', mode: 0o640 }, (writeErr) => {
      if (writeErr) {
        reject(writeErr);
        return;
      }
      // rename is atomic on the same volume, so readers never see half a file
      rename(tmpPath, finalPath, (renameErr) => {
        if (renameErr) {
          reject(renameErr);
          return;
        }
        resolve();
      });
    });
  });
}

export async function requireWaivers(root: string, rentalIds: string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const id of rentalIds) {
    const waiver = await loadWaiver(root, id);
    if (!waiver) {
      missing.push(id);
      continue;
    }
    const needsGuardian = waiver.boatType === 'tandem' && !waiver.guardianName;
    if (needsGuardian && waiver.customerName.includes('(minor)')) {
      missing.push(id);
    }
  }
  return missing;
}
