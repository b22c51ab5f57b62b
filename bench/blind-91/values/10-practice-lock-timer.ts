// expect: no-read-before-settle
// attemptId is assigned in the .then callback of the start request, but startAttempt() reads it synchronously right after, so the 'started' event and the returned id carry the previous attempt's id (or undefined).
export interface AttemptResult {
  attemptId: string;
  lockSku: string;
  seconds: number;
  opened: boolean;
}

interface StartResponse {
  attemptId: string;
  serverTime: number;
}

export class PracticeLockTimer extends EventTarget {
  private attemptId: string | undefined;
  private startedAt = 0;
  private tick: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly apiBase: string,
    private readonly student: string,
    private readonly display: HTMLElement,
  ) {
    super();
  }

  startAttempt(lockSku: string): string | undefined {
    this.stopTicking();
    this.startedAt = performance.now();

    fetch(`${this.apiBase}/attempts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ student: this.student, lockSku }),
    })
      .then((res) => {
        if (!res.ok) throw new Error(`could not start attempt: ${res.status}`);
        return res.json() as Promise<StartResponse>;
      })
      .then((body) => {
        this.attemptId = body.attemptId;
      })
      .catch((err) => {
        this.dispatchEvent(new CustomEvent('error', { detail: err }));
      });

    this.tick = setInterval(() => {
      const secs = (performance.now() - this.startedAt) / 1000;
      this.display.textContent = secs.toFixed(1);
    }, 100);

    this.dispatchEvent(new CustomEvent('started', { detail: { attemptId: this.attemptId, lockSku } }));
    return this.attemptId;
  }

  async finishAttempt(lockSku: string, opened: boolean): Promise<AttemptResult> {
    this.stopTicking();
    const seconds = Math.round((performance.now() - this.startedAt) / 100) / 10;
    if (!this.attemptId) throw new Error('no attempt in progress');

    const result: AttemptResult = { attemptId: this.attemptId, lockSku, seconds, opened };
    const res = await fetch(`${this.apiBase}/attempts/${this.attemptId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(result),
    });
    if (!res.ok) throw new Error(`could not save attempt: ${res.status}`);
    this.dispatchEvent(new CustomEvent('finished', { detail: result }));
    return result;
  }

  private stopTicking(): void {
    if (this.tick !== undefined) clearInterval(this.tick);
    this.tick = undefined;
  }
}
