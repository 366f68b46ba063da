import { PathsIndex, pathsIndexMetadata } from "../../../_pages/paths-index";

export const metadata = pathsIndexMetadata("es");

export default function Page() {
  return <PathsIndex lang="es" />;
}
