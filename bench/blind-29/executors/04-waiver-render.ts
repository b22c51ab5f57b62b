// expect: none
// The spawned renderer settles through one guarded finish(): error, stdin EPIPE and close all route there, and the non-zero exit path returns before reading output.
import { spawn } from 'node:child_process';

export interface Waiver {
  memberId: string;
  fullName: string;
  dateOfBirth: string;
  emergencyContact: string;
  signedAt: Date;
  signaturePng: Buffer;
  minorGuardian?: string;
}

declare const storage: {
  put(key: string, body: Buffer, contentType: string): Promise<string>;
};

const RENDERER = process.env.WAIVER_RENDERER ?? '/opt/belay/bin/render-waiver';

function renderPdf(waiver: Waiver, signal?: AbortSignal): Promise<Buffer> {
  const template = waiver.minorGuardian ? 'youth-v2' : 'adult-v3';
  return new Promise((resolve, reject) => {
    const child = spawn(RENDERER, ['--format', 'pdf', '--template', template], {
      signal,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    let done = false;

    const finish = (err: Error | null, pdf?: Buffer) => {
      if (done) return;
      done = true;
      if (err) reject(err);
      else resolve(pdf as Buffer);
    };

    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (err) => finish(err));
    // If the renderer dies before reading its input we get EPIPE here.
    child.stdin.on('error', (err) => finish(err));

    child.on('close', (code, sig) => {
      if (code !== 0) {
        finish(new Error(`render-waiver failed (${sig ?? code}): ${stderr.trim() || 'no output'}`));
        return;
      }
      const pdf = Buffer.concat(chunks);
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
        finish(new Error('render-waiver produced output that is not a PDF'));
        return;
      }
      finish(null, pdf);
    });

    child.stdin.end(
      JSON.stringify({
        ...waiver,
        signedAt: waiver.signedAt.toISOString(),
        signaturePng: waiver.signaturePng.toString('base64'),
      }),
    );
  });
}

export async function archiveWaiver(waiver: Waiver, signal?: AbortSignal): Promise<string> {
  const pdf = await renderPdf(waiver, signal);
  const day = waiver.signedAt.toISOString().slice(0, 10);
  const key = `waivers/${day}/${waiver.memberId}.pdf`;
  return storage.put(key, pdf, 'application/pdf');
}

export async function archiveBatch(waivers: Waiver[], timeoutMs = 20_000) {
  const signal = AbortSignal.timeout(timeoutMs);
  const results = await Promise.allSettled(waivers.map((w) => archiveWaiver(w, signal)));
  return results.map((r, i) => ({
    memberId: waivers[i].memberId,
    key: r.status === 'fulfilled' ? r.value : undefined,
    error: r.status === 'rejected' ? String(r.reason) : undefined,
  }));
}
