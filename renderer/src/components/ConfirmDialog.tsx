// A question before something that cannot be undone from the desk (a re-split, a removal), or that
// deserves a second look (approving a story with open flags).

import { Modal } from './Modal';

export interface ConfirmDialogProps {
  title: string;
  message: string;
  /** Listed under the message: what the question is about (the open flags). */
  details?: string[];
  confirm: string;
  onConfirm: () => void;
  onClose: () => void;
  /** Where focus goes once the dialog has closed (see Modal). */
  returnFocus?: () => HTMLElement | null;
}

export function ConfirmDialog({
  title,
  message,
  details,
  confirm,
  onConfirm,
  onClose,
  returnFocus,
}: ConfirmDialogProps) {
  return (
    <Modal title={title} onClose={onClose} {...(returnFocus ? { returnFocus } : {})}>
      <p>{message}</p>
      {details && details.length > 0 && (
        <ul className="confirm-details">
          {details.map((detail, i) => (
            <li key={i}>{detail}</li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </Modal>
  );
}
