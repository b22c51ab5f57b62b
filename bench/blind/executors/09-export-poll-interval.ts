// expect: no-multiple-settle
// The polling interval is never cleared, so after the export reaches 'done' or 'failed' the callback keeps firing and settles the promise again on every tick.
export type ExportState = 'queued' | 'running' | 'done' | 'failed';

export interface ExportStatus {
  state: ExportState;
  downloadUrl?: string;
  error?: string;
}

declare const reportsApi: {
  getExportStatus(id: string): Promise<ExportStatus>;
  startExport(reportId: string, format: 'csv' | 'xlsx'): Promise<{ exportId: string }>;
};

export function waitForExport(exportId: string, intervalMs = 2000): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    setInterval(() => {
      reportsApi.getExportStatus(exportId).then((status) => {
        if (status.state === 'done' && status.downloadUrl) {
          resolve(status.downloadUrl);
        } else if (status.state === 'failed') {
          reject(new Error(status.error ?? `export ${exportId} failed`));
        }
      }, reject);
    }, intervalMs);
  });
}

export async function exportReport(reportId: string): Promise<string> {
  const { exportId } = await reportsApi.startExport(reportId, 'csv');
  return waitForExport(exportId);
}
