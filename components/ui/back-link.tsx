import { cn } from "@/components/form/cn";

/**
 * GOV.UK back link. On the screener it calls `history.back()`, so it behaves exactly like the browser's
 * back button; with an `href` (first question) it is an ordinary link.
 */
export function BackLink({ label, onBack, href }: { label: string; onBack?: () => void; href?: string }) {
  const classes = cn(
    "relative mb-6 inline-block min-h-6 pl-4 text-base text-ink underline underline-offset-2",
    "before:absolute before:left-0 before:top-1/2 before:-translate-y-1/2 before:content-['‹']",
    "focus-visible:bg-focus",
  );
  if (href !== undefined) {
    return (
      <a href={href} className={classes}>
        {label}
      </a>
    );
  }
  return (
    <button type="button" className={cn(classes, "cursor-pointer")} onClick={onBack}>
      {label}
    </button>
  );
}
