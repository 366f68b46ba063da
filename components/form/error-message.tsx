/** An inline error with a visually hidden "Error:" prefix, so screen readers hear why (GOV.UK error message). */
export function ErrorMessage({ id, prefix, children }: { id: string; prefix: string; children: React.ReactNode }) {
  return (
    <p id={id} data-slot="error-message" className="mb-3 font-bold text-error">
      <span className="sr-only">{prefix}:</span> {children}
    </p>
  );
}
