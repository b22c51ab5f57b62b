// expect: no-multiple-settle
// The timeout timer is never cleared when the coin mech replies, so it later calls reject() on an already-resolved promise.
import { Socket } from "node:net";

export interface CoinAudit {
  machineId: string;
  quarters: number;
  dimes: number;
  jammed: boolean;
  firmware: string;
}

export interface RouteStop {
  machineId: string;
  host: string;
  port: number;
  location: string;
}

declare const routeLedger: {
  record(stop: RouteStop, audit: CoinAudit | null, note?: string): Promise<void>;
};

const AUDIT_COMMAND = Buffer.from([0x02, 0x41, 0x55, 0x44, 0x03]);

function parseAudit(machineId: string, frame: Buffer): CoinAudit {
  const text = frame.toString("ascii").replace(/[\x02\x03]/g, "");
  const [q, d, jam, fw] = text.split("|");
  return {
    machineId,
    quarters: Number.parseInt(q ?? "0", 10),
    dimes: Number.parseInt(d ?? "0", 10),
    jammed: jam === "J",
    firmware: fw ?? "unknown",
  };
}

export function queryCoinMech(stop: RouteStop, timeoutMs = 3000): Promise<CoinAudit> {
  return new Promise<CoinAudit>((resolve, reject) => {
    const socket = new Socket();
    const chunks: Buffer[] = [];

    setTimeout(() => {
      socket.destroy();
      reject(new Error(`coin mech at ${stop.location} did not answer in ${timeoutMs}ms`));
    }, timeoutMs);

    socket.once("error", (err) => {
      socket.destroy();
      reject(err);
    });

    socket.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      if (chunk.includes(0x03)) {
        socket.removeAllListeners("data");
        socket.end();
        resolve(parseAudit(stop.machineId, Buffer.concat(chunks)));
      }
    });

    socket.connect(stop.port, stop.host, () => {
      socket.write(AUDIT_COMMAND);
    });
  });
}

export async function auditRoute(stops: RouteStop[]): Promise<{ total: number; jammed: string[] }> {
  let total = 0;
  const jammed: string[] = [];

  for (const stop of stops) {
    try {
      const audit = await queryCoinMech(stop);
      total += audit.quarters * 25 + audit.dimes * 10;
      if (audit.jammed) jammed.push(stop.machineId);
      await routeLedger.record(stop, audit);
    } catch (err) {
      await routeLedger.record(stop, null, (err as Error).message);
    }
  }

  return { total, jammed };
}
