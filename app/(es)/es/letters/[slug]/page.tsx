import type { Metadata } from "next";
import { LetterPage, letterPageMetadata, letterPageParams } from "../../../../_pages/letter-page";

export const dynamicParams = false;
export const generateStaticParams = letterPageParams;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return letterPageMetadata("es", (await params).slug);
}

export default async function Page({ params }: Props) {
  return <LetterPage lang="es" slug={(await params).slug} />;
}
