import type { Metadata } from "next";
import { PathPage, pathPageMetadata, pathPageParams } from "../../../_pages/path-page";

export const dynamicParams = false;
export const generateStaticParams = pathPageParams;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pathPageMetadata("en", (await params).id);
}

export default async function Page({ params }: Props) {
  return <PathPage lang="en" id={(await params).id} />;
}
