// expect: none
// The allSettled results are split by status and every rejected signature is reported with its reason, so no failure is silently dropped.
export interface Signature {
  bookId: string;
  index: number;
  leaves: number;
}

export interface SewingFrame {
  sew(sig: Signature, stations: number): Promise<{ stitches: number }>;
}

export interface SewnSignature {
  signature: Signature;
  stitches: number;
}

export interface SewingFailure {
  signature: Signature;
  reason: string;
}

export interface BatchResult {
  bookId: string;
  sewn: SewnSignature[];
  failed: SewingFailure[];
  complete: boolean;
}

function stationsFor(sig: Signature): number {
  // Heavier signatures get an extra kettle stitch station.
  return sig.leaves > 16 ? 6 : 5;
}

export async function sewTextBlock(frame: SewingFrame, bookId: string, signatures: Signature[]): Promise<BatchResult> {
  const ordered = [...signatures].sort((a, b) => a.index - b.index);
  const results = await Promise.allSettled(ordered.map((sig) => frame.sew(sig, stationsFor(sig))));

  const sewn: SewnSignature[] = [];
  const failed: SewingFailure[] = [];
  results.forEach((result, i) => {
    const signature = ordered[i];
    if (result.status === 'fulfilled') {
      sewn.push({ signature, stitches: result.value.stitches });
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      failed.push({ signature, reason });
    }
  });

  return { bookId, sewn, failed, complete: failed.length === 0 };
}

export function formatBatch(result: BatchResult): string {
  const lines = [`Book ${result.bookId}: ${result.sewn.length} sewn, ${result.failed.length} failed`];
  for (const f of result.failed) {
    lines.push(`  signature ${f.signature.index}: ${f.reason}`);
  }
  if (!result.complete) {
    lines.push('  text block must not go to the press until failures are resewn');
  }
  return lines.join('\n');
}

export async function sewUntilComplete(frame: SewingFrame, bookId: string, signatures: Signature[], maxRounds = 3): Promise<BatchResult> {
  let pending = signatures;
  const allSewn: SewnSignature[] = [];
  let last: BatchResult | undefined;
  for (let round = 0; round < maxRounds && pending.length > 0; round++) {
    last = await sewTextBlock(frame, bookId, pending);
    allSewn.push(...last.sewn);
    pending = last.failed.map((f) => f.signature);
  }
  const failed = last?.failed ?? [];
  return { bookId, sewn: allSewn, failed, complete: failed.length === 0 };
}
