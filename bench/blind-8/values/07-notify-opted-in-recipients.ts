// expect: none
// The async opt-in checks are resolved with Promise.all before filtering, so `.filter` tests real booleans; the `??` fallback applies to an awaited preference record, not a promise.
interface Recipient {
  userId: string;
  email: string;
  locale?: string;
}

interface ChannelPreference {
  email: boolean;
  push: boolean;
  digest: 'off' | 'daily' | 'weekly';
}

declare const prefs: {
  get(userId: string, opts?: { signal?: AbortSignal }): Promise<ChannelPreference | null>;
};

declare const mailer: {
  sendBatch(
    messages: Array<{ to: string; template: string; locale: string; data: Record<string, string> }>,
  ): Promise<{ accepted: number; rejected: string[] }>;
};

const DEFAULT_PREFERENCE: ChannelPreference = { email: true, push: false, digest: 'weekly' };

async function wantsImmediateEmail(recipient: Recipient, signal: AbortSignal): Promise<boolean> {
  const preference = (await prefs.get(recipient.userId, { signal })) ?? DEFAULT_PREFERENCE;
  return preference.email && preference.digest === 'off';
}

export async function notifyMentioned(
  recipients: Recipient[],
  thread: { id: string; title: string; url: string },
  signal: AbortSignal,
): Promise<string[]> {
  const unique = [...new Map(recipients.map((r) => [r.userId, r])).values()];

  const optedIn = await Promise.all(unique.map((r) => wantsImmediateEmail(r, signal)));
  const targets = unique.filter((_, i) => optedIn[i]);

  if (targets.length === 0) {
    return [];
  }

  signal.throwIfAborted();
  const result = await mailer.sendBatch(
    targets.map((r) => ({
      to: r.email,
      template: 'thread-mention',
      locale: r.locale ?? 'en',
      data: { threadTitle: thread.title, threadUrl: thread.url },
    })),
  );

  if (result.rejected.length > 0) {
    console.warn(`mention ${thread.id}: ${result.rejected.length} addresses rejected`, result.rejected);
  }
  return targets.filter((r) => !result.rejected.includes(r.email)).map((r) => r.userId);
}
