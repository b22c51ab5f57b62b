// expect: no-unobserved-promise
// The tariff lookup promise is started, then attachment verification is awaited first; if the lookup rejects meanwhile (or verification throws) the rejection has no handler.
import { createHash } from 'node:crypto';

export interface DeclarationLine {
  hsCode: string;
  description: string;
  quantity: number;
  unitValue: number;
}

export interface DeclarationDraft {
  id: string;
  declarantEori: string;
  originCountry: string;
  currency: string;
  lines: DeclarationLine[];
  attachments: Array<{ name: string; body: Buffer }>;
}

export interface SubmissionReceipt {
  mrn: string;
  dutyTotal: number;
  vatTotal: number;
  checksum: string;
}

interface TariffRate {
  hsCode: string;
  dutyPct: number;
  vatPct: number;
}

declare const tariffService: {
  lookupRates(hsCodes: string[], origin: string): Promise<TariffRate[]>;
};
declare const documentStore: {
  verifyAttachments(declarationId: string, hashes: string[]): Promise<void>;
};
declare const customsGateway: {
  submit(payload: Record<string, unknown>): Promise<{ mrn: string }>;
};

export class DeclarationError extends Error {
  constructor(
    message: string,
    readonly declarationId: string,
  ) {
    super(message);
    this.name = 'DeclarationError';
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function submitDeclaration(draft: DeclarationDraft): Promise<SubmissionReceipt> {
  if (draft.lines.length === 0) {
    throw new DeclarationError('declaration has no goods lines', draft.id);
  }

  const hsCodes = [...new Set(draft.lines.map((l) => l.hsCode))];
  const ratesRequest = tariffService.lookupRates(hsCodes, draft.originCountry);

  // Attachments are hashed locally and checked against what the broker uploaded.
  const hashes = draft.attachments.map((a) => createHash('sha256').update(a.body).digest('hex'));
  await documentStore.verifyAttachments(draft.id, hashes);

  const rates = await ratesRequest;
  const byCode = new Map(rates.map((r) => [r.hsCode, r]));

  let dutyTotal = 0;
  let vatTotal = 0;
  for (const line of draft.lines) {
    const rate = byCode.get(line.hsCode);
    if (!rate) {
      throw new DeclarationError(`no tariff rate for ${line.hsCode}`, draft.id);
    }
    const customsValue = line.quantity * line.unitValue;
    const duty = customsValue * (rate.dutyPct / 100);
    dutyTotal += duty;
    vatTotal += (customsValue + duty) * (rate.vatPct / 100);
  }

  const payload = {
    declarant: draft.declarantEori,
    origin: draft.originCountry,
    currency: draft.currency,
    lines: draft.lines,
    attachmentHashes: hashes,
    duty: round2(dutyTotal),
    vat: round2(vatTotal),
  };
  const checksum = createHash('sha256').update(JSON.stringify(payload)).digest('hex');
  const { mrn } = await customsGateway.submit({ ...payload, checksum });

  return { mrn, dutyTotal: round2(dutyTotal), vatTotal: round2(vatTotal), checksum };
}
