// expect: no-swallowed-abort
// The promise chain's .catch(() => null) also swallows the AbortError when the page aborts the request, so an aborted load is treated as "no profile" and the guest layout is rendered.

interface Profile {
  displayName: string;
  avatarUrl: string;
}

declare function renderGuestHeader(root: HTMLElement): void;
declare function renderProfileHeader(root: HTMLElement, profile: Profile): void;

export async function mountHeader(root: HTMLElement, signal: AbortSignal): Promise<void> {
  const profile = await fetch("/api/me", { credentials: "include", signal })
    .then((res) => (res.ok ? (res.json() as Promise<Profile>) : null))
    .catch(() => null);

  if (profile) {
    renderProfileHeader(root, profile);
  } else {
    renderGuestHeader(root);
  }
}
