// expect: none
// The fs callback returns right after reject, and the JSON branch settles exactly once through try/catch.
import { readFile, writeFile } from 'node:fs';
import path from 'node:path';

export interface Passenger {
  name: string;
  age: number;
  lifeJacketSize: 'child' | 'S' | 'M' | 'L' | 'XL';
}

export interface Manifest {
  tourId: string;
  vessel: string;
  departure: string;
  passengers: Passenger[];
}

declare const harbourMaster: {
  capacityOf(vessel: string): Promise<number>;
  file(manifestPath: string): Promise<{ receipt: string }>;
};

const MANIFEST_DIR = '/srv/glacier-tours/manifests';

function readManifest(file: string): Promise<Manifest> {
  return new Promise<Manifest>((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        return reject(err);
      }
      try {
        const parsed = JSON.parse(text) as Manifest;
        if (!Array.isArray(parsed.passengers)) {
          throw new TypeError(`manifest ${file} has no passenger list`);
        }
        resolve(parsed);
      } catch (parseErr) {
        reject(parseErr);
      }
    });
  });
}

function writeManifest(file: string, manifest: Manifest): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    writeFile(file, JSON.stringify(manifest, null, 2), { mode: 0o640 }, (err) => {
      if (err) reject(err);
      else resolve();
    });
  });
}

export async function sealManifest(tourId: string): Promise<string> {
  const file = path.join(MANIFEST_DIR, `${tourId}.json`);
  const manifest = await readManifest(file);

  const capacity = await harbourMaster.capacityOf(manifest.vessel);
  if (manifest.passengers.length > capacity) {
    throw new Error(
      `tour ${tourId} has ${manifest.passengers.length} passengers but ${manifest.vessel} seats ${capacity}`,
    );
  }

  const children = manifest.passengers.filter((p) => p.age < 12);
  const jackets = children.filter((p) => p.lifeJacketSize === 'child').length;
  if (jackets < children.length) {
    throw new Error(`tour ${tourId}: ${children.length - jackets} children lack a child-size life jacket`);
  }

  const sealed = path.join(MANIFEST_DIR, 'sealed', `${tourId}.json`);
  await writeManifest(sealed, { ...manifest, passengers: [...manifest.passengers].sort((a, b) => a.name.localeCompare(b.name)) });
  const { receipt } = await harbourMaster.file(sealed);
  return receipt;
}
