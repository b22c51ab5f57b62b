// expect: no-promise-as-value
// When the user has no saved channel, `channel` becomes the promise from defaultChannelFor (right side of ??), which is then sent inside the JSON body as "{}".

type Channel = 'email' | 'sms' | 'push';

interface PrefsForm {
  userId: string;
  channel?: Channel;
  digest: boolean;
}

declare function defaultChannelFor(userId: string): Promise<Channel>;

export async function savePreferences(form: PrefsForm): Promise<void> {
  const channel = form.channel ?? defaultChannelFor(form.userId);

  const res = await fetch(`/api/users/${form.userId}/preferences`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      channel,
      digest: form.digest,
    }),
  });

  if (!res.ok) {
    throw new Error(`saving preferences failed with ${res.status}`);
  }
}
