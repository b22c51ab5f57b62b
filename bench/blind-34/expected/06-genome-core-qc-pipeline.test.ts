// expect: none
// runQc, cleanup and the rejecting thunk are passed where functions are expected (map, t.after, assert.rejects), and every call is awaited.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface QcResult {
  sampleId: string;
  reads: number;
  meanQuality: number;
  passed: boolean;
}

async function runQc(fastqPath: string): Promise<QcResult> {
  const text = await readFile(fastqPath, "utf8");
  const lines = text.trim().split("\n");
  if (lines.length % 4 !== 0) throw new Error(`truncated FASTQ: ${fastqPath}`);
  let qualitySum = 0;
  let bases = 0;
  for (let i = 3; i < lines.length; i += 4) {
    for (const ch of lines[i]) {
      qualitySum += ch.charCodeAt(0) - 33;
      bases += 1;
    }
  }
  const meanQuality = bases ? qualitySum / bases : 0;
  const sampleId = lines[0].slice(1).split(":")[0];
  return { sampleId, reads: lines.length / 4, meanQuality, passed: meanQuality >= 30 };
}

function fastq(sampleId: string, qualities: string[]): string {
  return qualities
    .map((q, i) => `@${sampleId}:${i}\n${"A".repeat(q.length)}\n+\n${q}`)
    .join("\n");
}

test("QC over a flow cell lane", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "qc-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  t.after(cleanup);

  const files = [join(dir, "s1.fastq"), join(dir, "s2.fastq")];
  await writeFile(files[0], fastq("S1", ["IIIII", "IIIII"]));
  await writeFile(files[1], fastq("S2", ["#####", "$$$$$"]));

  const results = await Promise.all(files.map(runQc));
  assert.deepEqual(
    results.map((r) => [r.sampleId, r.passed]),
    [
      ["S1", true],
      ["S2", false],
    ],
  );
  assert.equal(results[0].reads, 2);
});

test("truncated FASTQ is rejected", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "qc-"));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, "broken.fastq");
  await writeFile(path, "@S3:0\nACGT\n+\n");
  await assert.rejects(() => runQc(path), /truncated FASTQ/);
});
