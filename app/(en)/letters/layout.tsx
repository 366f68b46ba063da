/** The letters' pages: their print styles (only the document on paper). */
import "./print.css";

export default function LettersLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return children;
}
