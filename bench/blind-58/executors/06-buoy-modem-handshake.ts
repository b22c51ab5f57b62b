// expect: none
// The 'data' listener fires many times, but every settling path goes through cleanup(), which clears the timer and detaches data/error/close first.
import { createConnection, type Socket } from "node:net";

export interface TrapStatus {
  buoyId: string;
  depthM: number;
  batteryPct: number;
  hauledSinceLastReport: boolean;
}

declare const buoyDirectory: {
  modemAddress(buoyId: string): { host: string; port: number };
};

export class HandshakeError extends Error {
  constructor(readonly buoyId: string, detail: string) {
    super(`modem handshake with buoy ${buoyId} failed: ${detail}`);
    this.name = "HandshakeError";
  }
}

export function handshake(buoyId: string, timeoutMs = 5000): Promise<Socket> {
  const { host, port } = buoyDirectory.modemAddress(buoyId);
  return new Promise<Socket>((resolve, reject) => {
    const socket = createConnection({ host, port });
    let buffer = "";

    const cleanup = () => {
      clearTimeout(timer);
      socket.off("data", onData);
      socket.off("error", onError);
      socket.off("close", onClose);
    };
    const fail = (detail: string) => {
      cleanup();
      socket.destroy();
      reject(new HandshakeError(buoyId, detail));
    };
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString("ascii");
      let newline: number;
      while ((newline = buffer.indexOf("\r\n")) !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        if (line === `HELLO ${buoyId}`) {
          socket.write("ACK\r\n");
        } else if (line === "READY") {
          cleanup();
          resolve(socket);
          return;
        } else if (line.startsWith("ERR ")) {
          fail(line.slice(4));
          return;
        }
      }
    };
    const onError = (err: Error) => fail(err.message);
    const onClose = () => fail("connection closed during handshake");
    const timer = setTimeout(() => fail(`no READY within ${timeoutMs}ms`), timeoutMs);

    socket.on("data", onData);
    socket.on("error", onError);
    socket.on("close", onClose);
  });
}

export function parseStatus(buoyId: string, line: string): TrapStatus {
  const fields = Object.fromEntries(line.split(";").map((kv) => kv.split("=") as [string, string]));
  return {
    buoyId,
    depthM: Number(fields.depth),
    batteryPct: Number(fields.batt),
    hauledSinceLastReport: fields.hauled === "1",
  };
}
