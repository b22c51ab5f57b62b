// expect: no-multiple-settle
// In the readFile callback the error branch rejects without returning, so execution falls through to parse/resolve as well (and throws on the undefined text).
import { readFile } from "node:fs";
import * as path from "node:path";

export interface StitchInstruction {
  x: number;
  y: number;
  stitch: "running" | "satin" | "zigzag";
  threadColor: string;
}

export interface QuiltPattern {
  name: string;
  blockSizeMm: number;
  instructions: StitchInstruction[];
}

declare const robotBus: {
  upload(robotId: string, pattern: QuiltPattern): Promise<{ jobId: string }>;
  threadsLoaded(robotId: string): Promise<string[]>;
};

const PATTERN_DIR = "/var/lib/quilt-robots/patterns";
const patternCache = new Map<string, QuiltPattern>();

function validate(raw: unknown, name: string): QuiltPattern {
  if (typeof raw !== "object" || raw === null) {
    throw new TypeError(`pattern ${name} is not an object`);
  }
  const candidate = raw as Partial<QuiltPattern>;
  if (typeof candidate.blockSizeMm !== "number" || candidate.blockSizeMm <= 0) {
    throw new TypeError(`pattern ${name} has an invalid block size`);
  }
  if (!Array.isArray(candidate.instructions) || candidate.instructions.length === 0) {
    throw new TypeError(`pattern ${name} has no stitch instructions`);
  }
  return { name, blockSizeMm: candidate.blockSizeMm, instructions: candidate.instructions };
}

export function loadPattern(name: string): Promise<QuiltPattern> {
  const cached = patternCache.get(name);
  if (cached) return Promise.resolve(cached);

  const file = path.join(PATTERN_DIR, `${name}.json`);
  return new Promise<QuiltPattern>((resolve, reject) => {
    readFile(file, "utf8", (err, text) => {
      if (err) {
        reject(new Error(`cannot read pattern ${name}: ${err.message}`));
      }
      const pattern = validate(JSON.parse(text), name);
      patternCache.set(name, pattern);
      resolve(pattern);
    });
  });
}

export async function queuePattern(robotId: string, name: string): Promise<string> {
  const [pattern, threads] = await Promise.all([loadPattern(name), robotBus.threadsLoaded(robotId)]);
  const missing = new Set(
    pattern.instructions.map((i) => i.threadColor).filter((color) => !threads.includes(color)),
  );
  if (missing.size > 0) {
    throw new Error(`robot ${robotId} is missing threads: ${[...missing].join(", ")}`);
  }
  const { jobId } = await robotBus.upload(robotId, pattern);
  return jobId;
}
