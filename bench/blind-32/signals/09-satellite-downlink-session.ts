// expect: require-signal-propagation
// decodePass accepts options.signal but never looks at it: the decoder child process, the readline loop and the archive upload all ignore cancellation.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface PassWindow {
  satellite: string;
  noradId: number;
  aos: Date;
  los: Date;
  maxElevationDeg: number;
}

export interface DecodedFrame {
  seq: number;
  apid: number;
  bytes: number;
  crcOk: boolean;
}

export interface PassReport {
  satellite: string;
  frames: number;
  crcFailures: number;
  apids: number[];
  archiveKey: string;
}

interface DecodeOptions {
  iqPath: string;
  sampleRate: number;
  priority?: "routine" | "urgent";
  signal?: AbortSignal;
}

declare const archive: {
  put(key: string, frames: DecodedFrame[], meta: Record<string, string>): Promise<string>;
};

const DECODER_BIN = "/opt/groundstation/bin/ccsds-decode";

function parseFrame(line: string): DecodedFrame | null {
  const m = /^FRAME seq=(\d+) apid=(\d+) len=(\d+) crc=(ok|bad)$/.exec(line);
  if (!m) return null;
  return { seq: Number(m[1]), apid: Number(m[2]), bytes: Number(m[3]), crcOk: m[4] === "ok" };
}

export async function decodePass(pass: PassWindow, options: DecodeOptions): Promise<PassReport> {
  const args = [
    "--input",
    options.iqPath,
    "--rate",
    String(options.sampleRate),
    "--norad",
    String(pass.noradId),
    "--emit=frames",
  ];
  if (options.priority === "urgent") args.push("--threads=8");

  const child = spawn(DECODER_BIN, args, { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve(code ?? -1));
  });

  const frames: DecodedFrame[] = [];
  const readFrames = async () => {
    const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
    for await (const line of lines) {
      const frame = parseFrame(line);
      if (frame) frames.push(frame);
    }
  };

  const [code] = await Promise.all([exited, readFrames()]);
  if (code !== 0) {
    throw new Error(`decoder exited with ${code} for ${pass.satellite} pass at ${pass.aos.toISOString()}`);
  }

  const archiveKey = await archive.put(`${pass.noradId}/${pass.aos.toISOString()}`, frames, {
    satellite: pass.satellite,
    maxElevation: pass.maxElevationDeg.toFixed(1),
  });

  return {
    satellite: pass.satellite,
    frames: frames.length,
    crcFailures: frames.filter((f) => !f.crcOk).length,
    apids: [...new Set(frames.map((f) => f.apid))].sort((a, b) => a - b),
    archiveKey,
  };
}
