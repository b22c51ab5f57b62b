// expect: no-multiple-settle
// When execFile reports an error the callback rejects but then falls through and also resolves with the parsed stdout.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface YurtSlot {
  site: string;
  yurt: string;
  night: string;
  status: 'free' | 'held' | 'booked';
}

export interface CampsiteCtlOptions {
  binary?: string;
  configDir: string;
  timeoutMs?: number;
}

interface SiteConfig {
  sites: Array<{ code: string; name: string; seasonal: boolean }>;
}

function parseSlots(stdout: string): YurtSlot[] {
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => {
      const [site, yurt, night, status] = line.split('\t');
      return { site, yurt, night, status: status as YurtSlot['status'] };
    });
}

export class CampsiteControl {
  private readonly binary: string;

  constructor(private readonly options: CampsiteCtlOptions) {
    this.binary = options.binary ?? 'yurtctl';
  }

  listSlots(site: string, from: string, nights: number): Promise<YurtSlot[]> {
    const args = ['slots', '--site', site, '--from', from, '--nights', String(nights), '--format', 'tsv'];
    return new Promise<YurtSlot[]>((resolve, reject) => {
      execFile(
        this.binary,
        args,
        {
          cwd: this.options.configDir,
          timeout: this.options.timeoutMs ?? 10_000,
          maxBuffer: 4 * 1024 * 1024,
        },
        (error, stdout, stderr) => {
          if (error) {
            const detail = stderr.trim() || error.message;
            reject(new Error(`yurtctl slots failed for ${site}: ${detail}`));
          }
          resolve(parseSlots(stdout));
        },
      );
    });
  }

  async openSites(): Promise<string[]> {
    const raw = await readFile(path.join(this.options.configDir, 'sites.json'), 'utf8');
    const config = JSON.parse(raw) as SiteConfig;
    const month = new Date().getUTCMonth();
    const inSeason = month >= 3 && month <= 9;
    return config.sites.filter((s) => inSeason || !s.seasonal).map((s) => s.code);
  }

  async freeYurts(from: string, nights: number): Promise<Map<string, string[]>> {
    const free = new Map<string, string[]>();
    for (const site of await this.openSites()) {
      const slots = await this.listSlots(site, from, nights);
      const byYurt = new Map<string, number>();
      for (const slot of slots) {
        if (slot.status !== 'free') continue;
        byYurt.set(slot.yurt, (byYurt.get(slot.yurt) ?? 0) + 1);
      }
      const available = [...byYurt].filter(([, count]) => count === nights).map(([yurt]) => yurt);
      if (available.length > 0) free.set(site, available.sort());
    }
    return free;
  }
}
