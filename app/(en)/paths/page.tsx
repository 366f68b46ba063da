import { PathsIndex, pathsIndexMetadata } from "../../_pages/paths-index";

export const metadata = pathsIndexMetadata("en");

export default function Page() {
  return <PathsIndex lang="en" />;
}
