import "../../globals.css";
import { SiteFrame } from "../../site-frame";
import { siteMetadata } from "../../_pages/site-metadata";

export const metadata = siteMetadata("es");
export { viewport } from "../../_pages/site-metadata";

/** The root layout of the Spanish pages (/es/…): the site frame (../../site-frame.tsx) in Spanish. */
export default function SpanishLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return <SiteFrame lang="es">{children}</SiteFrame>;
}
