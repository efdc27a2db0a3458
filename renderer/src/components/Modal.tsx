// A modal dialog on the native <dialog>: the browser traps focus, makes the rest of the window
// inert and closes it on Escape, which a hand-rolled overlay would each have to reimplement.

import { useEffect, useRef, type ReactNode } from 'react';

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

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      focusAfter.current?.()?.focus();
    };
  }, []);

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
