// expect: none
// Every allSettled entry is inspected: fulfilled uploads are counted and rejected ones are collected with their reason and reported back to the registrar.
export interface ConditionReport {
  specimenId: string;
  loanId: string;
  inspector: string;
  notes: string;
  photoIds: string[];
  damageFound: boolean;
}

export interface ArchiveClient {
  uploadReport(report: ConditionReport): Promise<{ archiveRef: string }>;
}

export interface RegistrarInbox {
  flag(loanId: string, message: string): Promise<void>;
}

export interface UploadSummary {
  loanId: string;
  archived: Array<{ specimenId: string; archiveRef: string }>;
  failed: Array<{ specimenId: string; reason: string }>;
  damageCount: number;
}

function describeReason(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

export class ConditionReportDesk {
  constructor(
    private readonly archive: ArchiveClient,
    private readonly registrar: RegistrarInbox,
  ) {}

  async archiveIncomingLoan(loanId: string, reports: ConditionReport[]): Promise<UploadSummary> {
    const results = await Promise.allSettled(reports.map((report) => this.archive.uploadReport(report)));

    const summary: UploadSummary = {
      loanId,
      archived: [],
      failed: [],
      damageCount: reports.filter((r) => r.damageFound).length,
    };

    results.forEach((result, index) => {
      const specimenId = reports[index].specimenId;
      if (result.status === 'fulfilled') {
        summary.archived.push({ specimenId, archiveRef: result.value.archiveRef });
      } else {
        summary.failed.push({ specimenId, reason: describeReason(result.reason) });
      }
    });

    if (summary.failed.length > 0) {
      const list = summary.failed.map((f) => `${f.specimenId} (${f.reason})`).join(', ');
      await this.registrar.flag(loanId, `condition reports not archived: ${list}`);
    }
    if (summary.damageCount > 0) {
      await this.registrar.flag(loanId, `${summary.damageCount} specimen(s) arrived with damage noted`);
    }
    return summary;
  }
}
