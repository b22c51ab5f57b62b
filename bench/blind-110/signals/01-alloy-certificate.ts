// expect: require-signal-propagation
// fetchCertificate() passes the caller's signal to fetch but sleeps between retries with a timers/promises setTimeout that never receives it, so a cancelled lookup still waits out the whole backoff.
import { setTimeout as sleep } from 'node:timers/promises';

export interface AlloyCertificate {
  heatNo: string;
  supplier: string;
  copperPct: number;
  tinPct: number;
  leadPct: number;
  issuedAt: string;
}

export interface CertificateOptions {
  baseUrl: string;
  signal?: AbortSignal;
  retries?: number;
}

export interface BellSpec {
  bellId: string;
  minTinPct: number;
  maxTinPct: number;
  maxLeadPct: number;
}

function parseCertificate(raw: unknown): AlloyCertificate {
  const c = raw as Partial<AlloyCertificate>;
  if (!c.heatNo || typeof c.copperPct !== 'number' || typeof c.tinPct !== 'number') {
    throw new Error('mill certificate is missing composition fields');
  }
  return {
    heatNo: c.heatNo,
    supplier: c.supplier ?? 'unknown',
    copperPct: c.copperPct,
    tinPct: c.tinPct,
    leadPct: c.leadPct ?? 0,
    issuedAt: c.issuedAt ?? '',
  };
}

export async function fetchCertificate(heatNo: string, opts: CertificateOptions): Promise<AlloyCertificate> {
  const retries = opts.retries ?? 4;
  const url = new URL(`/heats/${encodeURIComponent(heatNo)}/certificate`, opts.baseUrl);
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, { signal: opts.signal, headers: { accept: 'application/json' } });
    if (res.ok) return parseCertificate(await res.json());
    await res.body?.cancel();
    if (res.status < 500 || attempt >= retries) {
      throw new Error(`certificate for heat ${heatNo} unavailable: HTTP ${res.status}`);
    }
    const backoffMs = Math.min(8000, 250 * 2 ** attempt) + Math.floor(Math.random() * 100);
    await sleep(backoffMs);
  }
}

export function checkComposition(cert: AlloyCertificate, spec: BellSpec): string[] {
  const problems: string[] = [];
  if (cert.tinPct < spec.minTinPct) problems.push(`tin ${cert.tinPct}% below ${spec.minTinPct}% — bell will sound dull`);
  if (cert.tinPct > spec.maxTinPct) problems.push(`tin ${cert.tinPct}% above ${spec.maxTinPct}% — casting may crack`);
  if (cert.leadPct > spec.maxLeadPct) problems.push(`lead ${cert.leadPct}% exceeds ${spec.maxLeadPct}%`);
  if (Math.abs(cert.copperPct + cert.tinPct + cert.leadPct - 100) > 1.5) problems.push('composition does not sum to 100%');
  return problems;
}

export async function approveHeat(heatNo: string, spec: BellSpec, opts: CertificateOptions): Promise<AlloyCertificate> {
  const cert = await fetchCertificate(heatNo, opts);
  const problems = checkComposition(cert, spec);
  if (problems.length) throw new Error(`heat ${heatNo} rejected for ${spec.bellId}: ${problems.join('; ')}`);
  return cert;
}
