// expect: none
// Correct: the 'data' listener fires many times but settles only once a full frame arrives, and cleanup() removes every listener and the timer first.
import { EventEmitter } from 'node:events';

export interface TideFrame {
  lease: string;
  heightCm: number;
  salinityPpt: number;
  takenAt: Date;
}

export interface GaugePort extends EventEmitter {
  write(cmd: string): void;
}

const FRAME_END = '\r\n';

function parseFrame(raw: string): TideFrame {
  // e.g. "LEASE=B12;H=143;S=31.4;T=1717412345"
  const fields = Object.fromEntries(
    raw.split(';').map((pair) => pair.split('=') as [string, string]),
  );
  return {
    lease: fields.LEASE,
    heightCm: Number(fields.H),
    salinityPpt: Number(fields.S),
    takenAt: new Date(Number(fields.T) * 1000),
  };
}

export function readTideFrame(port: GaugePort, lease: string, timeoutMs = 4000): Promise<TideFrame> {
  return new Promise<TideFrame>((resolve, reject) => {
    let buffer = '';

    const cleanup = () => {
      clearTimeout(timer);
      port.off('data', onData);
      port.off('error', onError);
      port.off('close', onClose);
    };

    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('ascii');
      const end = buffer.indexOf(FRAME_END);
      if (end === -1) return;
      const raw = buffer.slice(0, end);
      cleanup();
      try {
        resolve(parseFrame(raw));
      } catch (err) {
        reject(err);
      }
    };

    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };

    const onClose = () => {
      cleanup();
      reject(new Error(`gauge port closed before lease ${lease} replied`));
    };

    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no tide frame from lease ${lease} within ${timeoutMs}ms`));
    }, timeoutMs);

    port.on('data', onData);
    port.on('error', onError);
    port.on('close', onClose);
    port.write(`READ ${lease}${FRAME_END}`);
  });
}

export async function sampleLeases(port: GaugePort, leases: string[]): Promise<Map<string, TideFrame | Error>> {
  const out = new Map<string, TideFrame | Error>();
  // The gauge multiplexer answers one lease at a time, so these stay sequential.
  for (const lease of leases) {
    try {
      out.set(lease, await readTideFrame(port, lease));
    } catch (err) {
      out.set(lease, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return out;
}
