// expect: no-promise-as-value
// The manifest line interpolates checksumOf(path), an async function, so the audit file records "[object Promise]" instead of the digest.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { appendFile } from "node:fs/promises";
import { basename } from "node:path";

export interface SequencingRun {
  runId: string;
  instrument: "NovaSeq" | "NextSeq" | "MiSeq";
  flowCell: string;
  outputs: string[];
}

declare const lims: {
  markDelivered(runId: string, files: { name: string; bytes: number }[]): Promise<void>;
  fileSize(path: string): Promise<number>;
};

export function checksumOf(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(path)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

function manifestHeader(run: SequencingRun): string {
  return [
    `# run ${run.runId}`,
    `# instrument ${run.instrument}`,
    `# flowcell ${run.flowCell}`,
    `# generated ${new Date().toISOString()}`,
  ].join("\n");
}

export async function writeDeliveryManifest(run: SequencingRun, manifestPath: string): Promise<number> {
  await appendFile(manifestPath, manifestHeader(run) + "\n");
  const delivered: { name: string; bytes: number }[] = [];
  for (const output of run.outputs) {
    const bytes = await lims.fileSize(output);
    if (bytes === 0) {
      throw new Error(`empty output ${output} in run ${run.runId}`);
    }
    const name = basename(output);
    await appendFile(manifestPath, `${name}\t${bytes}\tsha256:${checksumOf(output)}\n`);
    delivered.push({ name, bytes });
  }
  await lims.markDelivered(run.runId, delivered);
  return delivered.length;
}

export function fastqPairs(outputs: string[]): [string, string][] {
  const r1 = outputs.filter((o) => /_R1_\d+\.fastq\.gz$/.test(o)).sort();
  return r1
    .map((f) => [f, f.replace("_R1_", "_R2_")] as [string, string])
    .filter(([, r2]) => outputs.includes(r2));
}

export function expectedYieldGb(run: SequencingRun): number {
  switch (run.instrument) {
    case "NovaSeq":
      return 3_000;
    case "NextSeq":
      return 360;
    case "MiSeq":
      return 15;
  }
}
