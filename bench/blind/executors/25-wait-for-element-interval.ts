// expect: none
// The interval check is synchronous and clearInterval runs before both resolve and reject, so no later tick can settle the promise again.
export function waitForElement<E extends Element = Element>(
  selector: string,
  timeoutMs = 5000,
  root: ParentNode = document,
): Promise<E> {
  return new Promise<E>((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const timer = window.setInterval(() => {
      const el = root.querySelector<E>(selector);
      if (el) {
        window.clearInterval(timer);
        resolve(el);
      } else if (Date.now() >= deadline) {
        window.clearInterval(timer);
        reject(new Error(`no element matched ${selector} within ${timeoutMs}ms`));
      }
    }, 50);
  });
}

export async function openSettingsPanel(): Promise<HTMLElement> {
  const button = await waitForElement<HTMLButtonElement>('[data-testid="settings-button"]');
  button.click();
  return waitForElement<HTMLElement>('[role="dialog"][aria-label="Settings"]');
}
