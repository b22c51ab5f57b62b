// expect: none
// The config promise is created once and intentionally shared as a cache; every caller awaits the same load, and there is no retry involved.
import { readFile } from 'node:fs/promises';

export interface AppConfig {
  databaseUrl: string;
  redisUrl: string;
  featureFlags: Record<string, boolean>;
}

let configPromise: Promise<AppConfig> | undefined;

async function readConfigFile(): Promise<AppConfig> {
  const raw = await readFile(process.env.APP_CONFIG ?? './config.json', 'utf8');
  return JSON.parse(raw) as AppConfig;
}

export function getConfig(): Promise<AppConfig> {
  configPromise ??= readConfigFile();
  return configPromise;
}

export async function isEnabled(flag: string): Promise<boolean> {
  const config = await getConfig();
  return config.featureFlags[flag] === true;
}

export async function connectionStrings(): Promise<[string, string]> {
  const { databaseUrl, redisUrl } = await getConfig();
  return [databaseUrl, redisUrl];
}
