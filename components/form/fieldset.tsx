
/**
 * A fieldset whose legend is the page's `<h1>` when it is the only question on the page
 * (GOV.UK: screen readers hear the question once). `headingRef` lets the page move focus to the heading.
 */
export function Fieldset({
  legend,
  isPageHeading,
  describedBy,
  invalid,
  headingRef,
  headingDescribedBy,
  children,
}: {
  legend: React.ReactNode;
  isPageHeading: boolean;
  describedBy?: string;
  invalid?: boolean;
  headingRef?: React.Ref<HTMLHeadingElement>;
  /** The id of what a screen reader hears with the heading (the page's place in the questions). */
  headingDescribedBy?: string;
  children: React.ReactNode;
}) {
  return (
    <fieldset
      aria-describedby={describedBy || undefined}
      data-invalid={invalid || undefined}
      className="min-w-0"
    >
      <legend className="mb-3">
        {isPageHeading ? (
          <h1 ref={headingRef} tabIndex={-1} aria-describedby={headingDescribedBy} className="text-3xl font-bold leading-tight sm:text-4xl">
            {legend}
          </h1>
        ) : (
          <span className="text-xl font-bold sm:text-2xl">{legend}</span>
        )}
      </legend>
      {children}
    </fieldset>
  );
}
