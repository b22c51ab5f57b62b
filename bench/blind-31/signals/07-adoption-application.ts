// expect: no-swallowed-abort
// submitApplication wraps every failure, including the AbortError from a cancelled fetch, in a generic ApplicationError so callers cannot tell it was aborted.
export interface AdoptionApplication {
  petId: string;
  applicant: { name: string; email: string; phone: string };
  household: { adults: number; children: number; otherPets: string[]; hasYard: boolean };
  references: string[];
}

export interface SubmissionReceipt {
  applicationId: string;
  status: 'received' | 'waitlisted';
  interviewSlot?: string;
}

declare const portalApi: { baseUrl: string };
declare const csrfToken: () => string;

export class ApplicationError extends Error {
  constructor(message: string, readonly retryable: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApplicationError';
  }
}

function validate(app: AdoptionApplication): string[] {
  const problems: string[] = [];
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(app.applicant.email)) problems.push('email address looks invalid');
  if (app.household.adults < 1) problems.push('at least one adult must live in the household');
  if (app.references.length < 2) problems.push('two references are required');
  return problems;
}

export async function submitApplication(app: AdoptionApplication, signal: AbortSignal): Promise<SubmissionReceipt> {
  const problems = validate(app);
  if (problems.length > 0) {
    throw new ApplicationError(`Please fix: ${problems.join('; ')}`, false);
  }

  try {
    const res = await fetch(`${portalApi.baseUrl}/pets/${encodeURIComponent(app.petId)}/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken() },
      body: JSON.stringify(app),
      signal,
    });
    if (res.status === 409) {
      throw new ApplicationError('This pet already has an approved adopter', false);
    }
    if (!res.ok) {
      throw new ApplicationError(`Submission failed (${res.status})`, res.status >= 500);
    }
    return (await res.json()) as SubmissionReceipt;
  } catch (err) {
    if (err instanceof ApplicationError) throw err;
    throw new ApplicationError('We could not reach the adoption service. Please try again.', true, { cause: err });
  }
}

export function bindApplicationForm(form: HTMLFormElement, readForm: (f: HTMLFormElement) => AdoptionApplication): () => void {
  let inFlight: AbortController | undefined;
  const status = form.querySelector<HTMLElement>('[data-status]');

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    if (status) status.textContent = 'Sending…';
    submitApplication(readForm(form), controller.signal).then(
      (receipt) => {
        if (status) status.textContent = `Thanks! Reference ${receipt.applicationId}`;
      },
      (err: unknown) => {
        if (err instanceof Error && err.name === 'AbortError') return;
        if (status) status.textContent = err instanceof Error ? err.message : 'Something went wrong';
      },
    );
  };

  form.addEventListener('submit', onSubmit);
  return () => {
    inFlight?.abort();
    form.removeEventListener('submit', onSubmit);
  };
}
