// expect: none
// The signal reaches fetch through a RequestInit built by requestInit(), and reaches pipeline and the catalogue lookups through their options objects.
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { Readable, Transform } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

export interface OverdueLoan {
  loanId: string;
  patronId: string;
  barcode: string;
  dueDate: string;
  daysOverdue: number;
}

interface ExportOptions {
  branch: string;
  minDaysOverdue: number;
  outputPath: string;
  signal: AbortSignal;
}

declare const ilsConfig: {
  baseUrl: string;
  apiKey: string;
};

declare const catalogue: {
  titleFor(barcode: string, opts: { signal?: AbortSignal }): Promise<string>;
};

function requestInit(signal: AbortSignal): RequestInit {
  return {
    method: "GET",
    headers: { authorization: `Bearer ${ilsConfig.apiKey}`, accept: "application/x-ndjson" },
    signal,
  };
}

function ndjsonToLoans(minDays: number): Transform {
  let carry = "";
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      const lines = (carry + chunk.toString("utf8")).split("\n");
      carry = lines.pop() ?? "";
      for (const line of lines) {
        if (!line.trim()) continue;
        const loan = JSON.parse(line) as OverdueLoan;
        if (loan.daysOverdue >= minDays) this.push(loan);
      }
      done();
    },
    flush(done) {
      if (carry.trim()) {
        const loan = JSON.parse(carry) as OverdueLoan;
        if (loan.daysOverdue >= minDays) this.push(loan);
      }
      done();
    },
  });
}

function toCsv(signal: AbortSignal): Transform {
  let header = false;
  return new Transform({
    writableObjectMode: true,
    transform(loan: OverdueLoan, _enc, done) {
      catalogue
        .titleFor(loan.barcode, { signal })
        .then((title) => {
          const prefix = header ? "" : "loan,patron,barcode,title,due,days\n";
          header = true;
          const safeTitle = `"${title.replace(/"/g, '""')}"`;
          return `${prefix}${loan.loanId},${loan.patronId},${loan.barcode},${safeTitle},${loan.dueDate},${loan.daysOverdue}\n`;
        })
        .then(
          (row) => done(null, row),
          (err: Error) => done(err),
        );
    },
  });
}

export async function exportOverdue(options: ExportOptions): Promise<void> {
  const { branch, minDaysOverdue, outputPath, signal } = options;
  const url = `${ilsConfig.baseUrl}/branches/${encodeURIComponent(branch)}/loans/overdue`;
  const response = await fetch(url, requestInit(signal));
  if (!response.ok || !response.body) {
    throw new Error(`overdue export for ${branch} failed: HTTP ${response.status}`);
  }

  await pipeline(
    Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>),
    ndjsonToLoans(minDaysOverdue),
    toCsv(signal),
    createWriteStream(outputPath),
    { signal },
  );
}
