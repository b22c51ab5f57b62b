// expect: no-reused-settled-promise
// The polling loop awaits the single statusRequest promise created before the loop, so every "poll" sees the first response and never re-queries the clerk's office.
import { setTimeout as delay } from 'node:timers/promises';

export type FilingStatus = 'received' | 'under_review' | 'scheduled' | 'rejected';

export interface FilingState {
  filingId: string;
  status: FilingStatus;
  hearingDate?: string;
  courtroom?: string;
  clerkNote?: string;
}

declare const clerkApi: {
  submitHearingRequest(caseNumber: string, preferredDates: string[]): Promise<{ filingId: string }>;
  getFilingState(filingId: string, signal?: AbortSignal): Promise<FilingState>;
};

export interface ConfirmationOptions {
  intervalMs?: number;
  timeoutMs?: number;
  onUpdate?: (state: FilingState) => void;
}

export class HearingScheduler {
  constructor(private readonly defaults: Required<Omit<ConfirmationOptions, 'onUpdate'>>) {}

  async requestHearing(caseNumber: string, preferredDates: string[], options: ConfirmationOptions = {}): Promise<FilingState> {
    const { filingId } = await clerkApi.submitHearingRequest(caseNumber, preferredDates);
    return this.waitForDecision(filingId, options);
  }

  private async waitForDecision(filingId: string, options: ConfirmationOptions): Promise<FilingState> {
    const intervalMs = options.intervalMs ?? this.defaults.intervalMs;
    const timeoutMs = options.timeoutMs ?? this.defaults.timeoutMs;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('clerk decision timed out')), timeoutMs);

    try {
      const statusRequest = clerkApi.getFilingState(filingId, controller.signal);
      let previous: FilingStatus | undefined;

      while (!controller.signal.aborted) {
        const state = await statusRequest;

        if (state.status !== previous) {
          options.onUpdate?.(state);
          previous = state.status;
        }

        if (state.status === 'scheduled' || state.status === 'rejected') {
          return state;
        }

        await delay(intervalMs, undefined, { signal: controller.signal });
      }

      throw controller.signal.reason;
    } finally {
      clearTimeout(timer);
    }
  }
}

export function formatNotice(state: FilingState): string {
  switch (state.status) {
    case 'scheduled':
      return `Hearing set for ${state.hearingDate} in courtroom ${state.courtroom ?? 'TBA'}.`;
    case 'rejected':
      return `Request rejected${state.clerkNote ? `: ${state.clerkNote}` : '.'}`;
    default:
      return 'Awaiting clerk review.';
  }
}
