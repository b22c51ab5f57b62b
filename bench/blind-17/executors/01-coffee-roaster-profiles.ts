// expect: none
// Each fs callback returns immediately after reject, and JSON parse failures are caught, so every promise settles exactly once.
import { readFile, readdir } from 'node:fs';
import { join, extname, basename } from 'node:path';

export interface RoastPhase {
  name: 'drying' | 'maillard' | 'development';
  endTempC: number;
  durationSec: number;
}

export interface RoastProfile {
  id: string;
  bean: string;
  chargeTempC: number;
  dropTempC: number;
  phases: RoastPhase[];
}

export class ProfileFormatError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ProfileFormatError';
  }
}

const PHASE_ORDER: RoastPhase['name'][] = ['drying', 'maillard', 'development'];

function validate(file: string, raw: unknown): RoastProfile {
  if (typeof raw !== 'object' || raw === null) {
    throw new ProfileFormatError(file, 'profile must be an object');
  }
  const p = raw as Partial<RoastProfile>;
  if (typeof p.bean !== 'string' || !Array.isArray(p.phases)) {
    throw new ProfileFormatError(file, 'missing bean or phases');
  }
  const names = p.phases.map((ph) => ph.name);
  if (names.join() !== PHASE_ORDER.join()) {
    throw new ProfileFormatError(file, `phases out of order: ${names.join(' > ')}`);
  }
  const chargeTempC = Number(p.chargeTempC ?? 200);
  const dropTempC = Number(p.dropTempC ?? p.phases[p.phases.length - 1].endTempC);
  if (dropTempC > 245) {
    throw new ProfileFormatError(file, `drop temperature ${dropTempC}C exceeds drum limit`);
  }
  return { id: p.id ?? basename(file, '.json'), bean: p.bean, chargeTempC, dropTempC, phases: p.phases };
}

function readJson(file: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        return reject(err);
      }
      try {
        resolve(JSON.parse(text));
      } catch (parseErr) {
        reject(new ProfileFormatError(file, (parseErr as Error).message));
      }
    });
  });
}

function listProfileFiles(dir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    readdir(dir, (err, entries) => {
      if (err) return reject(err);
      resolve(
        entries
          .filter((entry) => extname(entry) === '.json' && !entry.startsWith('.'))
          .sort()
          .map((entry) => join(dir, entry)),
      );
    });
  });
}

export async function loadProfiles(dir: string): Promise<Map<string, RoastProfile>> {
  const files = await listProfileFiles(dir);
  const profiles = new Map<string, RoastProfile>();
  const problems: string[] = [];

  for (const file of files) {
    try {
      const profile = validate(file, await readJson(file));
      if (profiles.has(profile.id)) {
        problems.push(`${file}: duplicate profile id ${profile.id}`);
        continue;
      }
      profiles.set(profile.id, profile);
    } catch (err) {
      problems.push(err instanceof Error ? err.message : String(err));
    }
  }

  if (problems.length > 0) {
    console.warn(`[roaster] skipped ${problems.length} profile(s):\n  ${problems.join('\n  ')}`);
  }
  return profiles;
}
