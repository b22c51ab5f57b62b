// expect: no-multiple-settle
// When the profile file is missing the ENOENT branch only logs and returns, so the wrapping promise is neither resolved with the default profile nor rejected and loadStarterProfile hangs.
import { readFile } from 'node:fs';
import path from 'node:path';

export interface StarterProfile {
  name: string;
  flour: 'rye' | 'wholewheat' | 'white' | 'spelt';
  hydrationPct: number;
  feedRatio: [starter: number, flour: number, water: number];
  peakHours: number;
}

const DEFAULT_PROFILE: Omit<StarterProfile, 'name'> = {
  flour: 'white',
  hydrationPct: 100,
  feedRatio: [1, 5, 5],
  peakHours: 6,
};

function validate(raw: unknown, name: string): StarterProfile {
  if (typeof raw !== 'object' || raw === null) throw new TypeError(`${name}: profile is not an object`);
  const p = raw as Partial<StarterProfile>;
  if (p.hydrationPct !== undefined && (p.hydrationPct < 50 || p.hydrationPct > 200)) {
    throw new RangeError(`${name}: hydration ${p.hydrationPct}% is implausible`);
  }
  return { ...DEFAULT_PROFILE, ...p, name };
}

export function loadStarterProfile(dir: string, name: string): Promise<StarterProfile> {
  const file = path.join(dir, `${name}.starter.json`);
  return new Promise<StarterProfile>((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        if (err.code === 'ENOENT') {
          console.warn(`no profile for starter "${name}", using house defaults`);
          return;
        }
        reject(err);
        return;
      }
      try {
        resolve(validate(JSON.parse(text), name));
      } catch (parseErr) {
        reject(parseErr);
      }
    });
  });
}

export function nextFeedingAt(profile: StarterProfile, lastFed: Date, ambientC: number): Date {
  // roughly halve time-to-peak for every 8°C above 21°C
  const factor = Math.pow(2, (21 - ambientC) / 8);
  const hours = Math.min(24, Math.max(2, profile.peakHours * factor));
  return new Date(lastFed.getTime() + hours * 3_600_000);
}

export function feedAmounts(profile: StarterProfile, keepGrams: number) {
  const [s, f, w] = profile.feedRatio;
  return {
    keepGrams,
    flourGrams: Math.round((keepGrams / s) * f),
    waterGrams: Math.round((keepGrams / s) * w * (profile.hydrationPct / 100)),
  };
}
