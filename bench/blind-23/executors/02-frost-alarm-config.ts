// expect: no-multiple-settle
// Bug: readFile callback calls reject(err) without returning, then buf.toString() runs on undefined outside the try and throws an uncaught TypeError.
import { readFile } from 'node:fs';
import path from 'node:path';

export interface FrostZone {
  block: string;
  sensorIds: string[];
  alarmAtCelsius: number;
  fanStartAtCelsius: number;
}

export interface FrostAlarmConfig {
  vineyard: string;
  timezone: string;
  zones: FrostZone[];
  notify: { sms: string[]; email: string[] };
}

const DEFAULT_CONFIG_DIR = process.env.FROST_CONFIG_DIR ?? '/etc/frostwatch';

function validate(raw: unknown, file: string): FrostAlarmConfig {
  const cfg = raw as Partial<FrostAlarmConfig>;
  if (!cfg || typeof cfg.vineyard !== 'string') {
    throw new Error(`${file}: missing vineyard name`);
  }
  if (!Array.isArray(cfg.zones) || cfg.zones.length === 0) {
    throw new Error(`${file}: at least one frost zone is required`);
  }
  for (const zone of cfg.zones) {
    if (zone.fanStartAtCelsius < zone.alarmAtCelsius) {
      throw new Error(`${file}: block ${zone.block} starts fans below its alarm threshold`);
    }
  }
  return {
    vineyard: cfg.vineyard,
    timezone: cfg.timezone ?? 'UTC',
    zones: cfg.zones,
    notify: cfg.notify ?? { sms: [], email: [] },
  };
}

export function loadFrostConfig(vineyard: string, dir = DEFAULT_CONFIG_DIR): Promise<FrostAlarmConfig> {
  const file = path.join(dir, `${vineyard}.json`);
  return new Promise<FrostAlarmConfig>((resolve, reject) => {
    readFile(file, (err, buf) => {
      if (err) {
        reject(new Error(`cannot read frost config ${file}: ${err.message}`));
      }
      // some exports from the field tablets carry a BOM
      const text = buf.toString('utf8').replace(/^\uFEFF/, '');
      try {
        resolve(validate(JSON.parse(text), file));
      } catch (parseErr) {
        reject(parseErr);
      }
    });
  });
}

export function zonesAtRisk(cfg: FrostAlarmConfig, readings: Map<string, number>): FrostZone[] {
  return cfg.zones.filter((zone) =>
    zone.sensorIds.some((id) => {
      const t = readings.get(id);
      return t !== undefined && t <= zone.alarmAtCelsius;
    }),
  );
}

export async function loadAll(vineyards: string[]): Promise<FrostAlarmConfig[]> {
  const configs: FrostAlarmConfig[] = [];
  for (const v of vineyards) {
    configs.push(await loadFrostConfig(v));
  }
  return configs;
}
