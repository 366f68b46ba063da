import { cn } from "./cn";
import { ErrorMessage } from "./error-message";
import { Hint } from "./hint";

/** The ids GOV.UK wires into `aria-describedby`, in its order: hint, then error. */
export function describedBy(id: string, hint: boolean, error: boolean): string {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
}

/** The hint and error that sit under a question's legend or label. */
export function FieldMessages({ id, hint, error, errorPrefix }: { id: string; hint?: React.ReactNode; error?: string; errorPrefix: string }) {
  return (
    <>
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? (
        <ErrorMessage id={`${id}-error`} prefix={errorPrefix}>
          {error}
        </ErrorMessage>
      ) : null}
    </>
  );
}

/** The wrapper of one question on a page: a red bar on its left when it has an error. */
export function FormGroup({ invalid, children, className }: { invalid?: boolean; children: React.ReactNode; className?: string }) {
  return <div className={cn("mb-8", invalid && "border-l-4 border-error pl-4", className)}>{children}</div>;
}
