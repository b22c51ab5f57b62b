// expect: no-multiple-settle
// In the gunzip callback, reject(err) is not followed by return, so execution continues into resolve(JSON.parse(...)) on an undefined buffer.
import { gunzip } from 'node:zlib';
import { readFile } from 'node:fs/promises';

export interface Gate {
  id: string;
  order: number;
  frequencyMhz: number;
}

export interface RaceConfig {
  eventId: string;
  heats: number;
  lapsPerHeat: number;
  gates: Gate[];
  vtxChannels: Record<string, string>;
}

function inflate(buf: Buffer): Promise<RaceConfig> {
  return new Promise<RaceConfig>((resolve, reject) => {
    gunzip(buf, (err, out) => {
      if (err) reject(err);
      resolve(JSON.parse(out.toString('utf8')) as RaceConfig);
    });
  });
}

function validate(config: RaceConfig): RaceConfig {
  const orders = new Set(config.gates.map((g) => g.order));
  if (orders.size !== config.gates.length) {
    throw new Error(`event ${config.eventId}: duplicate gate order`);
  }
  const freqs = Object.values(config.vtxChannels);
  if (new Set(freqs).size !== freqs.length) {
    throw new Error(`event ${config.eventId}: two pilots share a VTX channel`);
  }
  return { ...config, gates: [...config.gates].sort((a, b) => a.order - b.order) };
}

export async function loadRaceConfig(path: string): Promise<RaceConfig> {
  const raw = await readFile(path);
  // Timing-system exports are gzipped; hand-edited configs usually are not.
  const isGzip = raw[0] === 0x1f && raw[1] === 0x8b;
  const config = isGzip ? await inflate(raw) : (JSON.parse(raw.toString('utf8')) as RaceConfig);
  return validate(config);
}

export async function loadSeason(paths: string[]): Promise<Map<string, RaceConfig>> {
  const configs = await Promise.all(paths.map((p) => loadRaceConfig(p)));
  return new Map(configs.map((c) => [c.eventId, c]));
}
