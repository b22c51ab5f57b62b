// expect: none
// The Promise executor runs synchronously inside the constructor, so `settle` is already assigned when the next line registers it in openDialogs; dismissAllDialogs() can therefore always resolve a pending dialog.
export interface ConfirmOptions {
  title: string;
  body: string;
  confirmLabel?: string;
  danger?: boolean;
}

const openDialogs = new Map<HTMLDialogElement, (confirmed: boolean) => void>();

function button(label: string, value: string, className: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.textContent = label;
  b.value = value;
  b.className = className;
  return b;
}

export function confirmDialog(opts: ConfirmOptions): Promise<boolean> {
  const dialog = document.createElement('dialog');
  dialog.className = opts.danger ? 'confirm confirm--danger' : 'confirm';
  dialog.setAttribute('aria-labelledby', 'confirm-title');

  const heading = document.createElement('h2');
  heading.id = 'confirm-title';
  heading.textContent = opts.title;
  const text = document.createElement('p');
  text.textContent = opts.body;
  const cancel = button('Cancel', 'cancel', 'btn btn--ghost');
  const ok = button(opts.confirmLabel ?? 'OK', 'ok', opts.danger ? 'btn btn--danger' : 'btn btn--primary');

  const form = document.createElement('form');
  form.method = 'dialog';
  form.append(heading, text, cancel, ok);
  dialog.append(form);

  let settle!: (confirmed: boolean) => void;
  const answer = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  openDialogs.set(dialog, settle);

  dialog.addEventListener(
    'close',
    () => {
      openDialogs.get(dialog)?.(dialog.returnValue === 'ok');
      openDialogs.delete(dialog);
      dialog.remove();
    },
    { once: true },
  );

  document.body.append(dialog);
  dialog.showModal();
  (opts.danger ? cancel : ok).focus();
  return answer;
}

/** Called on route changes and session expiry: every open confirmation counts as declined. */
export function dismissAllDialogs(): void {
  for (const dialog of [...openDialogs.keys()]) dialog.close('cancel');
}

export async function confirmDeleteProject(name: string, remove: () => Promise<void>): Promise<boolean> {
  const yes = await confirmDialog({
    title: `Delete ${name}?`,
    body: 'This permanently removes the project, its environments and deploy history.',
    confirmLabel: 'Delete project',
    danger: true,
  });
  if (yes) await remove();
  return yes;
}
