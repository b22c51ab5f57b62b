// expect: no-swallowed-abort
// extractClaimText catches the AbortError from the OCR call and returns an empty-text result, so a cancelled run looks like a blank document.
export interface ClaimDocument {
  claimId: string;
  docId: string;
  mimeType: 'application/pdf' | 'image/jpeg' | 'image/png';
  storageUrl: string;
}

export interface OcrResult {
  docId: string;
  text: string;
  confidence: number;
  pages: number;
}

declare const ocrClient: {
  recognize(
    input: { url: string; mimeType: string; languageHints?: string[] },
    options?: { signal?: AbortSignal },
  ): Promise<{ pages: { text: string; confidence: number }[] }>;
};

declare const claimsAudit: {
  record(claimId: string, event: string, data?: Record<string, unknown>): void;
};

const EMPTY_CONFIDENCE = 0;

function mergePages(pages: { text: string; confidence: number }[]): { text: string; confidence: number } {
  if (pages.length === 0) return { text: '', confidence: EMPTY_CONFIDENCE };
  const text = pages.map((p) => p.text.trim()).join('\n\f\n');
  const confidence = pages.reduce((sum, p) => sum + p.confidence, 0) / pages.length;
  return { text, confidence };
}

export async function extractClaimText(doc: ClaimDocument, signal: AbortSignal): Promise<OcrResult> {
  try {
    const out = await ocrClient.recognize({ url: doc.storageUrl, mimeType: doc.mimeType, languageHints: ['en', 'es'] }, { signal });
    const merged = mergePages(out.pages);
    claimsAudit.record(doc.claimId, 'ocr.completed', { docId: doc.docId, pages: out.pages.length });
    return { docId: doc.docId, pages: out.pages.length, ...merged };
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      claimsAudit.record(doc.claimId, 'ocr.cancelled', { docId: doc.docId });
      return { docId: doc.docId, text: '', confidence: EMPTY_CONFIDENCE, pages: 0 };
    }
    claimsAudit.record(doc.claimId, 'ocr.failed', { docId: doc.docId, error: String(err) });
    throw err;
  }
}

export async function extractAll(docs: ClaimDocument[], signal: AbortSignal): Promise<Map<string, OcrResult>> {
  const results = new Map<string, OcrResult>();
  for (const doc of docs) {
    const r = await extractClaimText(doc, signal);
    results.set(doc.docId, r);
  }
  return results;
}

export function needsManualReview(results: Map<string, OcrResult>): string[] {
  const flagged: string[] = [];
  for (const [docId, r] of results) {
    if (r.pages === 0 || r.confidence < 0.6) flagged.push(docId);
  }
  return flagged;
}
