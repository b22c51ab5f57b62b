// expect: none
// The config read gets a no-op `.catch` right after it starts, so leaving it behind on the early `return 2` path is harmless, and the later `await` still rethrows its error.
import { readFile } from "node:fs/promises";
import { argv } from "node:process";

interface Config { registry: string; retries: number }

declare function parseArgs(args: string[]): { configPath: string; packages: string[] };
declare function resolvePackage(name: string, registry: string, retries: number): Promise<string>;

async function loadConfig(path: string): Promise<Config> {
  const raw = await readFile(path, "utf8");
  return JSON.parse(raw) as Config;
}

export async function main(): Promise<number> {
  const { configPath, packages } = parseArgs(argv.slice(2));
  const configP = loadConfig(configPath);
  configP.catch(() => {});

  const names = packages.map((p) => p.trim()).filter((p) => p.length > 0);
  if (names.length === 0) {
    console.error("nothing to resolve");
    return 2;
  }

  const config = await configP;
  for (const name of names) {
    const version = await resolvePackage(name, config.registry, config.retries);
    console.log(`${name}@${version}`);
  }
  return 0;
}
