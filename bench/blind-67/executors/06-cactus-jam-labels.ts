// expect: none
// flushLabels listens for both 'finish' and 'error' with once() and removes the other listener, so every path settles exactly once.
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { join } from "node:path";

export interface JarBatch {
  batchCode: string;
  variety: "prickly-pear" | "saguaro" | "dragonfruit";
  jars: number;
  sugarRatio: number;
  cookedAt: Date;
  bestBefore: Date;
}

declare const kitchenLog: {
  info(msg: string, fields?: Record<string, unknown>): void;
};

const LABEL_WIDTH = 38;

function pad(text: string, width = LABEL_WIDTH): string {
  return text.length >= width ? text.slice(0, width) : text + " ".repeat(width - text.length);
}

function renderLabel(batch: JarBatch, jarNo: number): string {
  const variety = batch.variety.replace("-", " ").toUpperCase();
  const lines = [
    pad(`${variety} CACTUS JAM`),
    pad(`batch ${batch.batchCode}  jar ${jarNo}/${batch.jars}`),
    pad(`sugar ${(batch.sugarRatio * 100).toFixed(0)}%`),
    pad(`cooked ${batch.cookedAt.toISOString().slice(0, 10)}`),
    pad(`best before ${batch.bestBefore.toISOString().slice(0, 10)}`),
  ];
  return lines.join("\n") + "\n\f";
}

function flushLabels(out: Writable, labels: Iterable<string>): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let count = 0;
    const onError = (err: Error) => {
      out.off("finish", onFinish);
      reject(err);
    };
    const onFinish = () => {
      out.off("error", onError);
      resolve(count);
    };
    out.once("error", onError);
    out.once("finish", onFinish);
    for (const label of labels) {
      out.write(label);
      count++;
    }
    out.end();
  });
}

function* labelsFor(batches: JarBatch[]): Generator<string> {
  for (const batch of batches) {
    for (let jar = 1; jar <= batch.jars; jar++) {
      yield renderLabel(batch, jar);
    }
  }
}

export async function printLabelArchive(dir: string, batches: JarBatch[]): Promise<string> {
  const expired = batches.filter((b) => b.bestBefore.getTime() <= b.cookedAt.getTime());
  if (expired.length > 0) {
    throw new Error(`best-before precedes cook date for ${expired.map((b) => b.batchCode).join(", ")}`);
  }

  const file = join(dir, `labels-${Date.now()}.txt`);
  const sink = createWriteStream(file, { encoding: "latin1", highWaterMark: 64 * 1024 });
  const written = await flushLabels(sink, labelsFor(batches));

  kitchenLog.info("label archive written", { file, labels: written, batches: batches.length });
  return file;
}
