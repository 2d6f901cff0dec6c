import type { ReactNode } from "react";

/**
 * The only markup messages may carry (`t.rich(key, richText)`): paragraphs, bulleted lists,
 * numbered steps and emphasis. Links are passed per message, since their targets are the page's.
 */
export const richText = {
  p: (chunks: ReactNode) => <p className="mb-4 max-w-prose">{chunks}</p>,
  list: (chunks: ReactNode) => <ul className="mb-4 max-w-prose list-disc space-y-1 pl-6">{chunks}</ul>,
  steps: (chunks: ReactNode) => <ol className="mb-4 max-w-prose list-decimal space-y-1 pl-6">{chunks}</ol>,
  item: (chunks: ReactNode) => <li>{chunks}</li>,
  step: (chunks: ReactNode) => <li>{chunks}</li>,
  strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
};
