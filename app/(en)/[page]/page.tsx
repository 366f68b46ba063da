import type { Metadata } from "next";
import { ContentPage, contentPageMetadata, contentPageParams } from "../../_pages/content-page";

export const dynamicParams = false;
export const generateStaticParams = contentPageParams;

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return contentPageMetadata("en", (await params).page);
}

export default async function Page({ params }: Props) {
  return <ContentPage lang="en" slug={(await params).page} />;
}
