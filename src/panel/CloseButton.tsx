/** The panel's close button, where the content script lets the panel be closed (nothing without onDismiss). */
export function CloseButton({onDismiss}: {onDismiss?: (() => void) | undefined}) {
  return onDismiss ? (
    <button type="button" class="icon" aria-label="Close TPM Lens" onClick={onDismiss}>
      ×
    </button>
  ) : null;
}
