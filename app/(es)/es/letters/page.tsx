import { LettersIndex, lettersIndexMetadata } from "../../../_pages/letters-index";

export const metadata = lettersIndexMetadata("es");

export default function Page() {
  return <LettersIndex lang="es" />;
}
