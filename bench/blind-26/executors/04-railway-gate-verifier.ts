// expect: none
// Every worker outcome (result, error reply, 'error', early 'exit', timeout) goes through finish(), which settles only the first time.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

export interface GateScan {
  gateId: string;
  barcode: string;
  scannedAt: number;
}

export interface VerifyResult {
  barcode: string;
  valid: boolean;
  reason?: 'expired' | 'bad-signature' | 'already-used';
}

type WorkerReply =
  | { type: 'progress'; done: number }
  | { type: 'result'; results: VerifyResult[] }
  | { type: 'failure'; message: string };

const VERIFIER_SCRIPT = join(__dirname, 'ticket-verifier.worker.js');

export function verifyBatch(
  scans: GateScan[],
  publicKeyPem: string,
  options: { timeoutMs?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<VerifyResult[]> {
  const { timeoutMs = 2_000, onProgress } = options;

  return new Promise((resolve, reject) => {
    const worker = new Worker(VERIFIER_SCRIPT, { workerData: { publicKeyPem } });
    let settled = false;

    const timer = setTimeout(() => {
      finish(() => reject(new Error(`ticket verification timed out after ${timeoutMs}ms`)));
    }, timeoutMs);

    function finish(settle: () => void) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      settle();
      void worker.terminate();
    }

    worker.on('message', (msg: WorkerReply) => {
      switch (msg.type) {
        case 'progress':
          onProgress?.(msg.done, scans.length);
          break;
        case 'result':
          finish(() => resolve(msg.results));
          break;
        case 'failure':
          finish(() => reject(new Error(`verifier failed: ${msg.message}`)));
          break;
      }
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => {
      finish(() => reject(new Error(`verifier exited with code ${code} before replying`)));
    });

    worker.postMessage({ scans });
  });
}

export async function openGatesFor(scans: GateScan[], key: string, open: (gateId: string) => void) {
  const results = await verifyBatch(scans, key);
  const byBarcode = new Map(results.map((r) => [r.barcode, r]));
  const rejected: GateScan[] = [];
  for (const scan of scans) {
    if (byBarcode.get(scan.barcode)?.valid) {
      open(scan.gateId);
    } else {
      rejected.push(scan);
    }
  }
  return rejected;
}
