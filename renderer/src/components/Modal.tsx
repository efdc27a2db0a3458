// A modal dialog on the native <dialog>: the browser traps focus, makes the rest of the window
// inert and closes it on Escape, which a hand-rolled overlay would each have to reimplement.

import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface ModalProps {
  title: string;
  /** Escape, or a Cancel button calling it. */
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** Where focus goes once the dialog has closed; by default, back where it was before. */
  returnFocus?: () => HTMLElement | null;
}

export function Modal({ title, onClose, children, className, returnFocus }: ModalProps) {
  const focusAfter = useRef(returnFocus);
  useEffect(() => {
    focusAfter.current = returnFocus;
  });
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `modal-${title.replace(/\W+/g, '-').toLowerCase()}`;

  // What had the focus when the dialog opened (the button that opened it, the stories list).
  const [opener] = useState(() =>
    typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null),
  );

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      // Escape or Cancel: back to what opened it, unless the caller knows better; a dialog's
      // closing removes it from the page, so the browser's own return cannot be relied on.
      const to = focusAfter.current ? focusAfter.current() : opener;
      if (to?.isConnected && to !== document.body) to.focus();
    };
  }, [opener]);

  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        // Escape: let React decide, so the dialog's state and the DOM agree.
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
