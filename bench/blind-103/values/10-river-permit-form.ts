// expect: none
// permitNo and waitlisted are assigned inside .then callbacks, but the whole chain is awaited before they are read, so the confirmation message always shows the server's answer; the submit listener attaches a .catch to the async work it starts.
interface PermitReply {
  permitNo: string;
  waitlisted: boolean;
  launchWindow: string;
}

function requireField(data: FormData, name: string): string {
  const value = data.get(name);
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`Please fill in ${name.replace(/-/g, ' ')}.`);
  return value.trim();
}

async function submitPermit(form: HTMLFormElement, status: HTMLElement): Promise<void> {
  const data = new FormData(form);
  const party = Number(requireField(data, 'party-size'));
  if (!Number.isInteger(party) || party < 1 || party > 16) throw new Error('Party size must be between 1 and 16.');
  requireField(data, 'river');
  requireField(data, 'launch-date');

  let permitNo = '';
  let waitlisted = false;
  let launchWindow = '';

  status.textContent = 'Submitting…';
  await fetch('/api/permits', { method: 'POST', body: data })
    .then((res) => {
      if (!res.ok) throw new Error(`The permit office answered ${res.status}. Please try again.`);
      return res.json() as Promise<PermitReply>;
    })
    .then((reply) => {
      permitNo = reply.permitNo;
      waitlisted = reply.waitlisted;
      launchWindow = reply.launchWindow;
    });

  status.textContent = waitlisted
    ? `You are on the waitlist (ref ${permitNo}). We will email you if a ${launchWindow} launch opens up.`
    : `Permit ${permitNo} issued. Launch window: ${launchWindow}.`;
  form.reset();
}

export function mountPermitForm(form: HTMLFormElement, status: HTMLElement): () => void {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');

  const onSubmit = (ev: SubmitEvent): void => {
    ev.preventDefault();
    if (button) button.disabled = true;
    submitPermit(form, status)
      .finally(() => {
        if (button) button.disabled = false;
      })
      .catch((err: unknown) => {
        status.textContent = err instanceof Error ? err.message : 'Something went wrong.';
      });
  };

  form.addEventListener('submit', onSubmit);
  return () => form.removeEventListener('submit', onSubmit);
}
