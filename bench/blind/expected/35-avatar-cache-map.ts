// expect: none
// Per-key promises are cached on purpose so concurrent callers share one request; a rejected entry is evicted so the next call starts a new fetch.
export interface Avatar {
  userId: string;
  blob: Blob;
}

const inflight = new Map<string, Promise<Avatar>>();

async function downloadAvatar(userId: string): Promise<Avatar> {
  const res = await fetch(`/avatars/${encodeURIComponent(userId)}.png`);
  if (!res.ok) throw new Error(`avatar ${userId}: ${res.status}`);
  return { userId, blob: await res.blob() };
}

export function getAvatar(userId: string): Promise<Avatar> {
  let pending = inflight.get(userId);
  if (!pending) {
    pending = downloadAvatar(userId);
    inflight.set(userId, pending);
    pending.catch(() => {
      inflight.delete(userId);
    });
  }
  return pending;
}

export async function showAvatar(img: HTMLImageElement, userId: string): Promise<void> {
  const avatar = await getAvatar(userId);
  const url = URL.createObjectURL(avatar.blob);
  img.onload = () => URL.revokeObjectURL(url);
  img.src = url;
}
