import "../globals.css";
import { SiteFrame } from "../site-frame";
import { siteMetadata } from "../_pages/site-metadata";

export const metadata = siteMetadata("en");
export { viewport } from "../_pages/site-metadata";

/** The root layout of the English pages: the site frame (../site-frame.tsx) in English. */
export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return <SiteFrame lang="en">{children}</SiteFrame>;
}
