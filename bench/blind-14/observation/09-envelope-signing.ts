// expect: no-unobserved-promise
// Bug: auditWrite is started before the status checks; on the early return/throw paths it is never awaited, so a failed audit write rejects unobserved.
import { createHash } from 'node:crypto';

export type EnvelopeStatus = 'draft' | 'sent' | 'completed' | 'voided';

export interface Envelope {
  id: string;
  status: EnvelopeStatus;
  signers: { email: string; signedAt?: Date }[];
  documentSha256: string;
}

export interface SignatureRequest {
  envelopeId: string;
  signerEmail: string;
  signatureImage: Uint8Array;
  ip: string;
  userAgent: string;
}

declare const envelopes: {
  load(id: string): Promise<Envelope>;
  recordSignature(id: string, email: string, sigHash: string, at: Date): Promise<Envelope>;
  complete(id: string): Promise<void>;
};

declare const auditTrail: {
  append(event: { envelopeId: string; actor: string; action: string; ip: string; userAgent: string; at: Date }): Promise<void>;
};

export class EnvelopeClosedError extends Error {}

export async function applySignature(req: SignatureRequest): Promise<{ status: EnvelopeStatus; remaining: number }> {
  const now = new Date();
  const auditWrite = auditTrail.append({
    envelopeId: req.envelopeId,
    actor: req.signerEmail,
    action: 'signature.attempt',
    ip: req.ip,
    userAgent: req.userAgent,
    at: now,
  });

  const envelope = await envelopes.load(req.envelopeId);
  if (envelope.status === 'voided' || envelope.status === 'draft') {
    throw new EnvelopeClosedError(`envelope ${envelope.id} is ${envelope.status}`);
  }

  const signer = envelope.signers.find((s) => s.email.toLowerCase() === req.signerEmail.toLowerCase());
  if (!signer) {
    throw new Error(`${req.signerEmail} is not a signer on ${envelope.id}`);
  }
  if (signer.signedAt) {
    return { status: envelope.status, remaining: countRemaining(envelope) };
  }

  const sigHash = createHash('sha256').update(req.signatureImage).digest('hex');
  const updated = await envelopes.recordSignature(envelope.id, signer.email, sigHash, now);
  const remaining = countRemaining(updated);
  if (remaining === 0) {
    await envelopes.complete(updated.id);
  }

  await auditWrite;
  return { status: remaining === 0 ? 'completed' : updated.status, remaining };
}

function countRemaining(e: Envelope): number {
  return e.signers.filter((s) => !s.signedAt).length;
}
