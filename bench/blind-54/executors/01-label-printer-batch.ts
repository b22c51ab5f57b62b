// expect: no-multiple-settle
// The execFile callback rejects on error but falls through to JSON.parse and resolve because the early return is missing.
import { execFile } from "node:child_process";
import { join } from "node:path";

export interface BottleLabel {
  sku: string;
  batchCode: string;
  scovilleRating: number;
  bestBefore: string;
}

export interface PrintReceipt {
  jobId: string;
  printed: number;
  skipped: string[];
}

interface PrinterConfig {
  binDir: string;
  device: string;
  dpi: 203 | 300 | 600;
}

declare const printerConfig: PrinterConfig;
declare const metrics: {
  increment(name: string, tags?: Record<string, string>): void;
  timing(name: string, ms: number): void;
};

const HEAT_ICONS: Array<[number, string]> = [
  [100_000, "skull"],
  [30_000, "flame-3"],
  [5_000, "flame-2"],
  [0, "flame-1"],
];

function heatIcon(scoville: number): string {
  for (const [threshold, icon] of HEAT_ICONS) {
    if (scoville >= threshold) return icon;
  }
  return "flame-1";
}

function toPrinterArgs(labels: BottleLabel[], line: string): string[] {
  const args = ["--device", printerConfig.device, "--dpi", String(printerConfig.dpi), "--line", line, "--json"];
  for (const label of labels) {
    args.push(
      "--label",
      [label.sku, label.batchCode, heatIcon(label.scovilleRating), label.bestBefore].join("|"),
    );
  }
  return args;
}

function runPrinter(args: string[]): Promise<PrintReceipt> {
  const bin = join(printerConfig.binDir, "labelctl");
  return new Promise<PrintReceipt>((resolve, reject) => {
    execFile(bin, args, { timeout: 30_000, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        metrics.increment("bottling.labels.printer_error", { code: String(error.code ?? "unknown") });
        reject(new Error(`labelctl failed: ${stderr.trim() || error.message}`, { cause: error }));
      }
      const receipt = JSON.parse(stdout) as PrintReceipt;
      resolve(receipt);
    });
  });
}

export async function printBatchLabels(labels: BottleLabel[], line: string): Promise<PrintReceipt> {
  if (labels.length === 0) {
    return { jobId: "noop", printed: 0, skipped: [] };
  }
  const started = Date.now();
  const receipt = await runPrinter(toPrinterArgs(labels, line));
  metrics.timing("bottling.labels.print_ms", Date.now() - started);
  if (receipt.skipped.length > 0) {
    metrics.increment("bottling.labels.skipped", { line });
  }
  return receipt;
}

export async function reprintSkipped(
  labels: BottleLabel[],
  receipt: PrintReceipt,
  line: string,
): Promise<PrintReceipt | null> {
  const skipped = new Set(receipt.skipped);
  const retry = labels.filter((label) => skipped.has(label.sku));
  if (retry.length === 0) return null;
  return printBatchLabels(retry, line);
}
