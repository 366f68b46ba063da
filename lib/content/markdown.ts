/**
 * Markdown → HTML at build time (remark → rehype). Content is our own, reviewed markdown;
 * raw HTML inside it is not passed through.
 */
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
