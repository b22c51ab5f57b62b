// expect: none
// readCoreTemp races the probe read against a timer, but clears the timer in finally and aborts the probe request when it loses.
import { Socket } from "node:net";

export interface OvenProbe {
  ovenId: string;
  host: string;
  port: number;
}

export interface CoreReading {
  ovenId: string;
  celsius: number;
  at: number;
}

export class ProbeTimeoutError extends Error {
  constructor(readonly ovenId: string) {
    super(`probe on ${ovenId} did not answer`);
    this.name = "ProbeTimeoutError";
  }
}

function queryProbe(probe: OvenProbe, signal: AbortSignal): Promise<CoreReading> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    let buffer = "";

    const onAbort = () => {
      socket.destroy();
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });

    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      const nl = buffer.indexOf("\n");
      if (nl === -1) return;
      const celsius = Number(buffer.slice(0, nl).replace(/^TEMP\s+/, ""));
      signal.removeEventListener("abort", onAbort);
      socket.end();
      resolve({ ovenId: probe.ovenId, celsius, at: Date.now() });
    });
    socket.on("error", (err) => {
      signal.removeEventListener("abort", onAbort);
      reject(err);
    });
    socket.connect(probe.port, probe.host, () => socket.write("READ CORE\n"));
  });
}

export async function readCoreTemp(probe: OvenProbe, timeoutMs = 1500): Promise<CoreReading> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;

  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeoutError(probe.ovenId)), timeoutMs);
  });

  try {
    return await Promise.race([queryProbe(probe, controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
    // No-op if the probe already answered; otherwise tears the socket down
    controller.abort();
  }
}

export async function loafIsDone(probe: OvenProbe, targetC = 96): Promise<boolean> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = await readCoreTemp(probe);
    samples.push(r.celsius);
  }
  samples.sort((a, b) => a - b);
  return samples[1] >= targetC;
}
