// expect: no-leaked-race
// The handshake races events.once against a timers/promises sleep with no way to cancel either, so whichever loses (the 10 s timer or the 'message' listener) stays pending after the race is decided.

import { EventEmitter, once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";

interface HelloFrame {
  type: "hello";
  protocol: number;
}

declare class FrameSocket extends EventEmitter {
  send(frame: object): void;
}

const HANDSHAKE_TIMEOUT_MS = 10_000;

export async function handshake(sock: FrameSocket): Promise<HelloFrame> {
  sock.send({ type: "hello", protocol: 3 });
  const reply = await Promise.race([
    once(sock, "message").then(([frame]) => frame as HelloFrame),
    sleep(HANDSHAKE_TIMEOUT_MS).then((): never => {
      throw new Error("handshake timed out");
    }),
  ]);
  if (reply.type !== "hello") {
    throw new Error(`unexpected frame ${String(reply.type)}`);
  }
  return reply;
}
