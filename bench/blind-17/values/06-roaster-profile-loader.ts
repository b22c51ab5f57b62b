// expect: none
// The readFile callback is wrapped in a promise that resolves inside the callback, and the watcher only uses the parsed profile inside its own listener; `??` applies to awaited values.
import { readFile, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

export interface RoastProfile {
  name: string;
  chargeTempC: number;
  dropTempC: number;
  developmentRatio: number;
  curve: Array<{ second: number; beanTempC: number }>;
}

const FALLBACK: RoastProfile = {
  name: 'house-medium',
  chargeTempC: 200,
  dropTempC: 218,
  developmentRatio: 0.2,
  curve: [],
};

function readJson<T>(path: string): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    readFile(path, 'utf8', (err, text) => {
      if (err) {
        if (err.code === 'ENOENT') return resolve(undefined);
        return reject(err);
      }
      try {
        resolve(JSON.parse(text) as T);
      } catch (parseErr) {
        reject(parseErr);
      }
    });
  });
}

export class ProfileLibrary {
  private cache = new Map<string, RoastProfile>();
  private watcher?: FSWatcher;

  constructor(
    private readonly dir: string,
    private readonly onChange?: (p: RoastProfile) => void,
  ) {}

  async get(name: string): Promise<RoastProfile> {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const loaded = (await readJson<RoastProfile>(join(this.dir, `${name}.json`))) ?? FALLBACK;
    this.cache.set(name, loaded);
    return loaded;
  }

  async chargeTemperature(name: string, ambientC: number): Promise<number> {
    const profile = await this.get(name);
    // Cold roastery mornings need a hotter drum at charge.
    return ambientC < 12 ? profile.chargeTempC + 5 : profile.chargeTempC;
  }

  startWatching(): void {
    if (this.watcher) return;
    this.watcher = watch(this.dir, (_event, filename) => {
      if (!filename || !filename.endsWith('.json')) return;
      const name = filename.slice(0, -'.json'.length);
      readFile(join(this.dir, filename), 'utf8', (err, text) => {
        if (err) {
          this.cache.delete(name);
          return;
        }
        try {
          const profile = JSON.parse(text) as RoastProfile;
          this.cache.set(name, profile);
          this.onChange?.(profile);
        } catch {
          // Editors write partial files while saving; the next event will carry the full one.
        }
      });
    });
  }

  stopWatching(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }
}
