// expect: none
// Correct: the write-out executor listens for both 'finish' and 'error', removes both listeners on either outcome, and every branch settles once.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Writable } from "node:stream";

export interface MovementRecord {
  serial: string;
  gearTrain: number[];
  bellowsTuned: boolean;
  pendulumLengthMm: number;
}

export function writeMovementLog(out: Writable, records: MovementRecord[]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let bytes = 0;

    const cleanup = () => {
      out.off("finish", onFinish);
      out.off("error", onError);
    };
    const onFinish = () => {
      cleanup();
      resolve(bytes);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };

    out.once("finish", onFinish);
    out.once("error", onError);

    for (const record of records) {
      const line = JSON.stringify(record) + "\n";
      bytes += Buffer.byteLength(line);
      out.write(line);
    }
    out.end();
  });
}

function memorySink(): { sink: Writable; lines: () => string[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, callback) {
      chunks.push(chunk.toString("utf8"));
      callback();
    },
  });
  return { sink, lines: () => chunks.join("").split("\n").filter(Boolean) };
}

function brokenSink(failAfter: number): Writable {
  let seen = 0;
  return new Writable({
    write(_chunk, _enc, callback) {
      seen += 1;
      callback(seen > failAfter ? new Error("disk full") : null);
    },
  });
}

const sampleMovements: MovementRecord[] = [
  { serial: "CK-1001", gearTrain: [60, 8, 64, 8], bellowsTuned: true, pendulumLengthMm: 248 },
  { serial: "CK-1002", gearTrain: [60, 8, 64, 8], bellowsTuned: false, pendulumLengthMm: 251 },
  { serial: "CK-1003", gearTrain: [48, 6, 72, 9], bellowsTuned: true, pendulumLengthMm: 199 },
];

describe("writeMovementLog", () => {
  it("writes one JSON line per movement and reports byte count", async () => {
    const { sink, lines } = memorySink();
    const bytes = await writeMovementLog(sink, sampleMovements);
    assert.equal(lines().length, sampleMovements.length);
    assert.equal(bytes, Buffer.byteLength(lines().join("\n") + "\n"));
    assert.deepEqual(JSON.parse(lines()[2]), sampleMovements[2]);
  });

  it("resolves with zero bytes for an empty batch", async () => {
    const { sink } = memorySink();
    assert.equal(await writeMovementLog(sink, []), 0);
  });

  it("rejects when the sink fails mid-batch", async () => {
    await assert.rejects(writeMovementLog(brokenSink(1), sampleMovements), /disk full/);
  });

  it("leaves no listeners behind after success", async () => {
    const { sink } = memorySink();
    await writeMovementLog(sink, sampleMovements.slice(0, 1));
    assert.equal(sink.listenerCount("finish"), 0);
    assert.equal(sink.listenerCount("error"), 0);
  });
});
