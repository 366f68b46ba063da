import { LettersIndex, lettersIndexMetadata } from "../../_pages/letters-index";

export const metadata = lettersIndexMetadata("en");

export default function Page() {
  return <LettersIndex lang="en" />;
}
