// expect: no-floating-promises
// The fs.watch 'change' listener is an async function; the emitter ignores the promise it returns, so a failed reload rejects with nothing handling it.
import { watch, type FSWatcher } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { EventEmitter } from "node:events";

export interface PrickingPattern {
  name: string;
  ground: "torchon" | "bucks" | "honiton" | "bruges";
  pins: Array<[number, number]>;
  pairs: number;
}

declare const log: { info(msg: string, meta?: object): void; warn(msg: string, meta?: object): void };

function parsePricking(name: string, text: string): PrickingPattern {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith("#"));
  const header = lines.shift();
  if (!header) throw new Error(`${name}: empty pricking file`);
  const [ground, pairsText] = header.split(/\s+/);
  const pairs = Number(pairsText);
  if (!["torchon", "bucks", "honiton", "bruges"].includes(ground) || !Number.isInteger(pairs)) {
    throw new Error(`${name}: bad header "${header}"`);
  }
  const pins = lines.map((line): [number, number] => {
    const [x, y] = line.split(",").map(Number);
    return [x, y];
  });
  return { name, ground: ground as PrickingPattern["ground"], pins, pairs };
}

export class PrickingLibrary extends EventEmitter {
  private readonly patterns = new Map<string, PrickingPattern>();
  private watcher: FSWatcher | undefined;

  constructor(private readonly dir: string) {
    super();
  }

  async load(file: string): Promise<PrickingPattern> {
    const text = await readFile(join(this.dir, file), "utf8");
    const pattern = parsePricking(file.replace(/\.prk$/, ""), text);
    this.patterns.set(pattern.name, pattern);
    return pattern;
  }

  start(): void {
    this.watcher = watch(this.dir, { persistent: false });
    this.watcher.on("change", async (_event, filename) => {
      const file = String(filename ?? "");
      if (extname(file) !== ".prk") return;
      const pattern = await this.load(file);
      log.info("pricking reloaded", { name: pattern.name, pins: pattern.pins.length });
      this.emit("updated", pattern);
    });
    this.watcher.on("error", (err) => log.warn("pricking watcher failed", { err }));
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  get(name: string): PrickingPattern | undefined {
    return this.patterns.get(name);
  }

  list(ground?: PrickingPattern["ground"]): PrickingPattern[] {
    const all = [...this.patterns.values()];
    return ground ? all.filter((p) => p.ground === ground) : all;
  }
}
