/** GOV.UK hint text; its id goes into the control's `aria-describedby`. */
export function Hint({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <div id={id} data-slot="hint" className="mb-3 text-muted">
      {children}
    </div>
  );
}
