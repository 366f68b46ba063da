import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Federal Relief Screener", template: "%s – Federal Relief Screener" },
  description:
    "Check which legal relief may be open after a US federal criminal case: expungement, sentence reductions, clemency and more. Free, private, no sign-up.",
  referrer: "no-referrer",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-lg leading-relaxed">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to main content
        </a>
        <header className="border-b-8 border-brand bg-ink text-white">
          <div className="mx-auto max-w-3xl px-4 py-3">
            <a href="/" className="font-bold text-white no-underline">
              Federal Relief Screener
            </a>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
