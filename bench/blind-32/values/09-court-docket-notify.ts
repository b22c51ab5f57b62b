// expect: none
// Each async lookup (receipt, sealed flag, judge) is awaited before it is tested, compared or interpolated into the notice, so no promise stands in for its value.
export interface AcceptedFiling {
  filingId: string;
  caseNumber: string;
  title: string;
  filedBy: { name: string; email: string };
  parties: Array<{ name: string; email: string | null; role: "plaintiff" | "defendant" | "intervenor" }>;
  acceptedAt: Date;
}

declare const receipts: {
  issue(filingId: string): Promise<string>;
};

declare const sealing: {
  isSealed(caseNumber: string): Promise<boolean>;
};

declare const chambers: {
  assignedJudge(caseNumber: string): Promise<string | null>;
  dutyJudge(date: Date): Promise<string>;
};

declare const notices: {
  email(to: string, subject: string, body: string): Promise<void>;
  mailPaper(party: string, caseNumber: string, body: string): Promise<void>;
};

function partyLabel(role: AcceptedFiling["parties"][number]["role"]): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}

async function presidingJudge(caseNumber: string, at: Date): Promise<string> {
  const assigned = await chambers.assignedJudge(caseNumber);
  return assigned ?? (await chambers.dutyJudge(at));
}

export async function notifyAcceptedFiling(filing: AcceptedFiling): Promise<{ emailed: number; mailed: number }> {
  const [receipt, sealed, judge] = await Promise.all([
    receipts.issue(filing.filingId),
    sealing.isSealed(filing.caseNumber),
    presidingJudge(filing.caseNumber, filing.acceptedAt),
  ]);

  const publicTitle = sealed ? "SEALED DOCUMENT" : filing.title;
  const body = [
    `Case ${filing.caseNumber} — ${publicTitle}`,
    `Accepted ${filing.acceptedAt.toISOString()} (receipt ${receipt}).`,
    `Presiding: ${judge}.`,
    sealed ? "Access to this document is restricted by court order." : "The document is available on the public docket.",
  ].join("\n");

  await notices.email(filing.filedBy.email, `Filing accepted: ${filing.caseNumber} (${receipt})`, body);

  let emailed = 1;
  let mailed = 0;
  for (const party of filing.parties) {
    if (party.email === filing.filedBy.email) continue;
    const notice = `${partyLabel(party.role)} ${party.name}:\n${body}`;
    if (party.email) {
      await notices.email(party.email, `Notice of filing in ${filing.caseNumber}`, notice);
      emailed++;
    } else {
      await notices.mailPaper(party.name, filing.caseNumber, notice);
      mailed++;
    }
  }
  return { emailed, mailed };
}
