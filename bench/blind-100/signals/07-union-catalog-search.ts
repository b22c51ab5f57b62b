// expect: none
// A failing member library is recorded and skipped, but the catch first rethrows when the search's own signal is aborted, so a cancelled search rejects instead of quietly returning partial results.
export interface HoldingRecord {
  library: string;
  callNumber: string;
  available: boolean;
  loanable: boolean;
}

export interface MemberLibrary {
  code: string;
  name: string;
  searchUrl: string;
}

export interface UnionSearchResult {
  isbn: string;
  holdings: HoldingRecord[];
  unreachable: string[];
}

async function searchMember(member: MemberLibrary, isbn: string, signal: AbortSignal): Promise<HoldingRecord[]> {
  const res = await fetch(`${member.searchUrl}?isbn=${encodeURIComponent(isbn)}`, { signal });
  if (!res.ok) throw new Error(`${member.code} search failed: ${res.status}`);
  const rows = (await res.json()) as Omit<HoldingRecord, 'library'>[];
  return rows.map((r) => ({ ...r, library: member.code }));
}

export async function searchUnionCatalog(
  members: MemberLibrary[],
  isbn: string,
  signal: AbortSignal,
): Promise<UnionSearchResult> {
  const result: UnionSearchResult = { isbn, holdings: [], unreachable: [] };

  for (const member of members) {
    try {
      const holdings = await searchMember(member, isbn, signal);
      result.holdings.push(...holdings);
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      console.warn(`skipping ${member.name}:`, err instanceof Error ? err.message : err);
      result.unreachable.push(member.code);
    }
  }

  result.holdings.sort((a, b) => Number(b.available && b.loanable) - Number(a.available && a.loanable));
  return result;
}

export function bestLender(result: UnionSearchResult, homeLibrary: string): HoldingRecord | undefined {
  return result.holdings.find((h) => h.available && h.loanable && h.library !== homeLibrary);
}
