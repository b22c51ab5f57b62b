// expect: no-multiple-settle
// Bug: the async poll callback scheduled by setTimeout awaits the e-sign API with no try/catch; if that call rejects, the promise never settles (and the rejection is unhandled).
import { EventEmitter } from 'node:events';

type EnvelopeStatus = 'sent' | 'delivered' | 'partially_signed' | 'completed' | 'declined' | 'voided';

declare const esign: {
  getEnvelope(
    envelopeId: string,
  ): Promise<{ status: EnvelopeStatus; signers: { email: string; signedAt?: string }[]; declineReason?: string }>;
  downloadCombined(envelopeId: string): Promise<ArrayBuffer>;
};

export class EnvelopeDeclinedError extends Error {
  constructor(
    readonly envelopeId: string,
    readonly reason: string,
  ) {
    super(`envelope ${envelopeId} was declined: ${reason}`);
  }
}

export const envelopeEvents = new EventEmitter();

export function waitForCompletion(envelopeId: string, intervalMs = 15_000, maxPolls = 240): Promise<ArrayBuffer> {
  return new Promise<ArrayBuffer>((resolve, reject) => {
    let polls = 0;
    let lastSigned = 0;

    const check = async () => {
      polls += 1;
      const env = await esign.getEnvelope(envelopeId);

      const signed = env.signers.filter((s) => s.signedAt).length;
      if (signed !== lastSigned) {
        lastSigned = signed;
        envelopeEvents.emit('progress', { envelopeId, signed, total: env.signers.length });
      }

      if (env.status === 'completed') {
        resolve(await esign.downloadCombined(envelopeId));
        return;
      }
      if (env.status === 'declined') {
        reject(new EnvelopeDeclinedError(envelopeId, env.declineReason ?? 'no reason given'));
        return;
      }
      if (env.status === 'voided') {
        reject(new Error(`envelope ${envelopeId} was voided by the sender`));
        return;
      }
      if (polls >= maxPolls) {
        reject(new Error(`envelope ${envelopeId} not completed after ${polls} checks`));
        return;
      }
      setTimeout(check, intervalMs);
    };

    setTimeout(check, 0);
  });
}

export async function archiveWhenSigned(envelopeId: string, store: (name: string, data: Uint8Array) => Promise<void>): Promise<string> {
  const pdf = await waitForCompletion(envelopeId);
  const name = `signed/${envelopeId}.pdf`;
  await store(name, new Uint8Array(pdf));
  envelopeEvents.emit('archived', { envelopeId, name });
  return name;
}
