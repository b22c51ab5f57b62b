// expect: none
// Correct: both executors wrap once-only Node-style callbacks and every early branch returns right after reject, so each path settles exactly once.
import { createReadStream, createWriteStream } from "node:fs";
import { pipeline } from "node:stream";
import { createGzip } from "node:zlib";

export interface GlacierPermit {
  code: string;
  holder: string;
  route: "icefall" | "moraine" | "serac-traverse";
  validFrom: string;
  validTo: string;
  revoked: boolean;
}

export class PermitError extends Error {
  constructor(readonly code: string, reason: string) {
    super(`permit ${code}: ${reason}`);
    this.name = "PermitError";
  }
}

declare const rangerRegistry: {
  lookup(
    code: string,
    options: { timeoutMs: number },
    callback: (err: Error | null, permit?: GlacierPermit | null) => void,
  ): void;
};

export function lookupPermit(code: string, today = new Date()): Promise<GlacierPermit> {
  return new Promise<GlacierPermit>((resolve, reject) => {
    rangerRegistry.lookup(code, { timeoutMs: 4_000 }, (err, permit) => {
      if (err) {
        return reject(err);
      }
      if (!permit) {
        return reject(new PermitError(code, "not found"));
      }
      if (permit.revoked) {
        return reject(new PermitError(code, "revoked by ranger station"));
      }
      const day = today.toISOString().slice(0, 10);
      if (day < permit.validFrom || day > permit.validTo) {
        return reject(new PermitError(code, `not valid on ${day}`));
      }
      resolve(permit);
    });
  });
}

export function archiveDailyLedger(sourcePath: string, archivePath: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    pipeline(createReadStream(sourcePath), createGzip(), createWriteStream(archivePath), (err) => {
      if (err) {
        reject(new Error(`archiving ${sourcePath} failed: ${err.message}`));
        return;
      }
      resolve(archivePath);
    });
  });
}

export interface TrailheadCheck {
  code: string;
  allowed: boolean;
  reason?: string;
}

export async function checkGroupAtTrailhead(codes: string[], route: GlacierPermit["route"]): Promise<TrailheadCheck[]> {
  const checks: TrailheadCheck[] = [];
  for (const code of codes) {
    try {
      const permit = await lookupPermit(code);
      if (permit.route !== route) {
        checks.push({ code, allowed: false, reason: `permit is for ${permit.route}` });
      } else {
        checks.push({ code, allowed: true });
      }
    } catch (err) {
      if (err instanceof PermitError) {
        checks.push({ code, allowed: false, reason: err.message });
      } else {
        throw err;
      }
    }
  }
  return checks;
}
