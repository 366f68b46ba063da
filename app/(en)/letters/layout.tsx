/** The letters' pages: their print styles (only the document, and on a Spanish page its reading copy). */
import "../../_pages/letters-print.css";

export default function LettersLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return children;
}
