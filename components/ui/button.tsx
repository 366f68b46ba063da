import { cn } from "@/components/form/cn";

const VARIANTS = {
  primary: "bg-ok text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]",
  secondary: "bg-[#f3f2f1] text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]",
  warning: "bg-error text-white shadow-[0_2px_0_#55150b] hover:bg-[#8f0c18]",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** Classes of a GOV.UK button, for `<button>` and for a link that starts something. */
export const buttonClasses = (variant: ButtonVariant = "primary", className?: string) =>
  cn(
    "inline-block min-h-11 cursor-pointer px-4 py-2 text-lg font-bold no-underline focus-visible:bg-focus focus-visible:text-ink disabled:cursor-not-allowed disabled:opacity-50",
    VARIANTS[variant],
    className,
  );

/** A native button in GOV.UK style; `type` defaults to "button" so only the form's own button submits. */
export function Button({
  variant = "primary",
  className,
  type = "button",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} data-slot="button" className={buttonClasses(variant, className)} {...props} />;
}

/** A button that looks like a link: for in-page actions such as "Change" and "Back" that have no URL. */
export function LinkButton({ className, ...props }: React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      className={cn("cursor-pointer text-brand underline underline-offset-2 hover:decoration-2 focus-visible:bg-focus focus-visible:text-ink", className)}
      {...props}
    />
  );
}
