// expect: no-read-before-settle
// The test collects child stdout in a 'data' listener and asserts on the collected text synchronously right after spawn, before any data can arrive, so it passes vacuously.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";

interface HiveWeightRow {
  hiveId: string;
  kg: number;
  at: string;
}

const EXPORT_CLI = join(__dirname, "..", "bin", "hive-export.js");

function parseRows(csv: string): HiveWeightRow[] {
  return csv
    .trim()
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [hiveId, kg, at] = line.split(",");
      return { hiveId: hiveId ?? "", kg: Number(kg), at: at ?? "" };
    });
}

async function runExport(args: string[]): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, [EXPORT_CLI, ...args]);
  let stdout = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    stdout += chunk;
  });
  const [code] = (await once(child, "close")) as [number | null];
  return { code, stdout };
}

describe("hive-export CLI", () => {
  it("exports one row per weigh-in with a header", async () => {
    const { code, stdout } = await runExport(["--rooftop", "fixture-east", "--format", "csv"]);
    assert.equal(code, 0);
    assert.match(stdout, /^hive_id,kg,at\n/);
    const rows = parseRows(stdout);
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => r.kg > 0 && r.kg < 150));
  });

  it("never prints NaN weights for hives with missing scale data", () => {
    const child = spawn(process.execPath, [EXPORT_CLI, "--rooftop", "fixture-gaps", "--format", "csv"]);
    let output = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      output += chunk;
    });

    assert.ok(!output.includes("NaN"), "export contained NaN weights");
    assert.ok(parseRows(output).every((r) => Number.isFinite(r.kg)));
  });

  it("exits non-zero for an unknown rooftop", async () => {
    const { code, stdout } = await runExport(["--rooftop", "does-not-exist"]);
    assert.notEqual(code, 0);
    assert.equal(stdout, "");
  });

  it("sorts rows by timestamp", async () => {
    const { stdout } = await runExport(["--rooftop", "fixture-east", "--format", "csv"]);
    const stamps = parseRows(stdout).map((r) => r.at);
    assert.deepEqual(stamps, [...stamps].sort());
  });
});
