import type { Metadata } from "next";
import { languages } from "../language-link";
import { StartPage } from "../_pages/start-page";

export const metadata: Metadata = { alternates: languages("/") };

export default function Page() {
  return <StartPage lang="en" />;
}
