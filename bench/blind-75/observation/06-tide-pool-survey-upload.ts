// expect: none
// Every allSettled outcome is branched on its status before value or reason is read, and failures are reported rather than dropped.
export interface PoolSurvey {
  poolId: string;
  transect: string;
  observedAt: string;
  taxa: Record<string, number>;
  photos: string[];
}

export interface UploadReceipt {
  poolId: string;
  recordId: string;
  photosStored: number;
}

export interface UploadSummary {
  uploaded: UploadReceipt[];
  failed: { poolId: string; reason: string }[];
}

declare const fieldTablet: {
  pendingSurveys(): Promise<PoolSurvey[]>;
  markSynced(poolId: string, recordId: string): Promise<void>;
};

declare const marineLabApi: {
  createRecord(survey: Omit<PoolSurvey, 'photos'>): Promise<{ id: string }>;
  attachPhoto(recordId: string, path: string): Promise<void>;
};

function describeFailure(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

async function uploadPoolSurvey(survey: PoolSurvey): Promise<UploadReceipt> {
  const { photos, ...record } = survey;
  const { id } = await marineLabApi.createRecord(record);
  for (const photo of photos) {
    await marineLabApi.attachPhoto(id, photo);
  }
  await fieldTablet.markSynced(survey.poolId, id);
  return { poolId: survey.poolId, recordId: id, photosStored: photos.length };
}

export async function syncTablet(): Promise<UploadSummary> {
  const surveys = await fieldTablet.pendingSurveys();
  const outcomes = await Promise.allSettled(surveys.map((survey) => uploadPoolSurvey(survey)));

  const summary: UploadSummary = { uploaded: [], failed: [] };
  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') {
      summary.uploaded.push(outcome.value);
    } else {
      summary.failed.push({ poolId: surveys[index].poolId, reason: describeFailure(outcome.reason) });
    }
  });
  return summary;
}

export function formatSummary(summary: UploadSummary): string {
  const lines = [
    `uploaded ${summary.uploaded.length} pool surveys`,
    `photos stored: ${summary.uploaded.reduce((n, r) => n + r.photosStored, 0)}`,
  ];
  if (summary.failed.length > 0) {
    lines.push(`failed (${summary.failed.length}):`);
    for (const failure of summary.failed) {
      lines.push(`  ${failure.poolId}: ${failure.reason}`);
    }
  }
  return lines.join('\n');
}

export async function syncUntilClean(maxRounds = 3): Promise<UploadSummary> {
  let summary = await syncTablet();
  for (let round = 1; round < maxRounds && summary.failed.length > 0; round++) {
    const retry = await syncTablet();
    summary = {
      uploaded: [...summary.uploaded, ...retry.uploaded],
      failed: retry.failed,
    };
  }
  return summary;
}
