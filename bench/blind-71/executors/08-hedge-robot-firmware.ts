// expect: none
// The spawn executor listens for both 'error' and 'close' and guards with a settled flag, since 'close' can follow 'error'.
import { spawn } from "node:child_process";

export interface FlashTarget {
  robotId: string;
  serialPort: string;
  image: string;
  bladeProfile: "boxwood" | "privet" | "yew";
}

export interface FlashOutcome {
  robotId: string;
  checksum: string;
  durationMs: number;
  log: string[];
}

declare const fleetRegistry: {
  markFlashed(robotId: string, checksum: string): Promise<void>;
  markFailed(robotId: string, reason: string): Promise<void>;
};

const FLASH_TOOL = "/opt/hedgebot/bin/flashctl";

export function flashRobot(target: FlashTarget): Promise<FlashOutcome> {
  return new Promise<FlashOutcome>((resolve, reject) => {
    const startedAt = Date.now();
    const log: string[] = [];
    let settled = false;

    const child = spawn(FLASH_TOOL, [
      "--port", target.serialPort,
      "--image", target.image,
      "--profile", target.bladeProfile,
      "--verify",
    ]);

    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (text: string) => {
      log.push(...text.split("\n").filter(Boolean));
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text: string) => {
      log.push(...text.split("\n").filter(Boolean).map((line) => `! ${line}`));
    });

    child.on("error", (err) => {
      if (settled) return;
      settled = true;
      reject(new Error(`could not start flash tool for ${target.robotId}: ${err.message}`));
    });

    child.on("close", (code, signal) => {
      if (settled) return;
      settled = true;
      const checksumLine = log.find((line) => line.startsWith("checksum="));
      if (code === 0 && checksumLine) {
        resolve({
          robotId: target.robotId,
          checksum: checksumLine.slice("checksum=".length),
          durationMs: Date.now() - startedAt,
          log,
        });
      } else {
        const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
        reject(new Error(`flash failed for ${target.robotId}: ${reason}`));
      }
    });
  });
}

export async function flashFleet(targets: FlashTarget[]): Promise<string[]> {
  const flashed: string[] = [];
  for (const target of targets) {
    try {
      const outcome = await flashRobot(target);
      await fleetRegistry.markFlashed(target.robotId, outcome.checksum);
      flashed.push(target.robotId);
    } catch (err) {
      await fleetRegistry.markFailed(target.robotId, (err as Error).message);
    }
  }
  return flashed;
}
