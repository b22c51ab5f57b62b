// expect: none
// The config promise is memoised on purpose and awaited by many callers; re-awaiting a settled promise here just reads the cached value.
import { readFile } from 'node:fs/promises';
import { EventEmitter } from 'node:events';

export interface HiveConfig {
  cooperative: string;
  apiaries: { id: string; lat: number; lon: number; hives: number }[];
  inspectionIntervalDays: number;
}

declare const registryClient: {
  fetchMembers(cooperative: string): Promise<{ memberId: string; apiaryIds: string[] }[]>;
};

export class CooperativeConfig extends EventEmitter {
  private configPromise: Promise<HiveConfig> | null = null;

  constructor(private readonly file: string) {
    super();
  }

  load(): Promise<HiveConfig> {
    if (!this.configPromise) {
      this.configPromise = readFile(this.file, 'utf8')
        .then((raw) => JSON.parse(raw) as HiveConfig)
        .catch((err: unknown) => {
          this.configPromise = null;
          throw err;
        });
    }
    return this.configPromise;
  }

  async reload(): Promise<HiveConfig> {
    this.configPromise = null;
    const config = await this.load();
    this.emit('reloaded', config);
    return config;
  }

  async apiary(id: string) {
    const config = await this.load();
    return config.apiaries.find((a) => a.id === id);
  }

  async totalHives(): Promise<number> {
    const config = await this.load();
    return config.apiaries.reduce((n, a) => n + a.hives, 0);
  }

  async membersByApiary(): Promise<Map<string, string[]>> {
    const configReady = this.load();
    const members = await registryClient.fetchMembers((await configReady).cooperative);
    const { apiaries } = await configReady;
    const out = new Map<string, string[]>(apiaries.map((a) => [a.id, []]));
    for (const m of members) {
      for (const apiaryId of m.apiaryIds) {
        out.get(apiaryId)?.push(m.memberId);
      }
    }
    return out;
  }

  async dueInspections(lastInspected: Map<string, Date>, now = new Date()): Promise<string[]> {
    const { apiaries, inspectionIntervalDays } = await this.load();
    const limitMs = inspectionIntervalDays * 86_400_000;
    return apiaries
      .filter((a) => {
        const last = lastInspected.get(a.id);
        return !last || now.getTime() - last.getTime() > limitMs;
      })
      .map((a) => a.id);
  }
}
