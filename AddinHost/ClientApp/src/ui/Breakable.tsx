import type { ComponentChildren } from "preact";

const address = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/gi;

/**
 * An e-mail address that may wrap only where a reader expects it: after the @ and before a dot (<wbr>), never inside a
 * word (`dpo@opgroeien.b|e` was unreadable and looked like another address).
 */
export function Email({ value }: { value: string }) {
  const parts: ComponentChildren[] = [];
  // No look-behind in the pattern: older Outlook webviews (Safari before 16.4) reject it.
  value.replace(/@/g, "@\u0000").replace(/\./g, "\u0000.").split("\u0000").forEach((part, i) => {
    if (i > 0) parts.push(<wbr key={`w${i}`} />);
    // Each part in one piece (no break at the hyphen of tessenderlo-ham): the <wbr>s are the only places to wrap.
    parts.push(
      <span key={i} class="email-part">
        {part}
      </span>,
    );
  });
  return <span class="email">{parts}</span>;
}

/** A message from the host with the e-mail addresses in it made breakable like {@link Email}; the rest stays as is. */
export function Breakable({ text }: { text: string }) {
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(address)) {
    parts.push(text.slice(last, match.index), <Email key={match.index} value={match[0]} />);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
