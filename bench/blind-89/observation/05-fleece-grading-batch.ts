// expect: no-unchecked-settled-results
// The allSettled results are ignored: every bale is marked as graded and counted as uploaded even when its upload was rejected.
import { createHash } from 'node:crypto';

export interface Bale {
  baleId: string;
  farm: string;
  micron: number;
  stapleMm: number;
  colour: 'white' | 'fawn' | 'brown' | 'grey' | 'black';
  weightKg: number;
}

interface GradeCertificate {
  baleId: string;
  grade: 'royal' | 'baby' | 'superfine' | 'adult' | 'coarse';
  checksum: string;
}

declare const coopApi: {
  uploadCertificate(cert: GradeCertificate): Promise<void>;
};
declare const ledger: {
  markGraded(baleIds: string[]): Promise<void>;
  recordRun(run: { farm: string; uploaded: number; at: string }): Promise<void>;
};

function gradeFor(micron: number): GradeCertificate['grade'] {
  if (micron < 18) return 'royal';
  if (micron < 20) return 'baby';
  if (micron < 23) return 'superfine';
  if (micron < 26) return 'adult';
  return 'coarse';
}

function certify(bale: Bale): GradeCertificate {
  const grade = gradeFor(bale.micron);
  const checksum = createHash('sha256')
    .update(`${bale.baleId}|${bale.micron}|${bale.stapleMm}|${grade}`)
    .digest('hex')
    .slice(0, 16);
  return { baleId: bale.baleId, grade, checksum };
}

export async function gradeClip(farm: string, bales: Bale[]): Promise<{ uploaded: number; skipped: string[] }> {
  const skipped: string[] = [];
  const eligible = bales.filter((b) => {
    // Short staple can't be spun on the co-op's worsted line, so it is not certified.
    if (b.stapleMm < 65) {
      skipped.push(b.baleId);
      return false;
    }
    return true;
  });

  const certificates = eligible.map(certify);
  await Promise.allSettled(certificates.map((cert) => coopApi.uploadCertificate(cert)));

  await ledger.markGraded(certificates.map((c) => c.baleId));
  await ledger.recordRun({ farm, uploaded: certificates.length, at: new Date().toISOString() });

  return { uploaded: certificates.length, skipped };
}
