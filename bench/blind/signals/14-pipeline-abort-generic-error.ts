// expect: no-swallowed-abort
// When the export is cancelled, the AbortError from pipeline is wrapped into a generic "export failed" Error, so callers see a failure instead of a cancellation.

import { pipeline } from "node:stream/promises";
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";

declare function streamAuditRows(since: Date, opts: { signal?: AbortSignal }): AsyncIterable<string>;

export class ExportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ExportError";
  }
}

export async function exportAuditLog(since: Date, target: string, signal: AbortSignal): Promise<void> {
  const rows = Readable.from(streamAuditRows(since, { signal }));
  try {
    await pipeline(rows, createGzip(), createWriteStream(target), { signal });
  } catch (err) {
    throw new ExportError(`export to ${target} failed`, { cause: err });
  }
}
