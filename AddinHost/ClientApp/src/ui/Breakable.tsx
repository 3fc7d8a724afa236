import type { ComponentChildren } from "preact";

// An e-mail address, or a domain such as kluisbergen.be: the words that may wrap only at their own seams.
const address = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi;

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

/**
 * Text (a message from the host, a list of mailboxes or domains) with its e-mail addresses and domains made breakable
 * like {@link Email}; the rest wraps at spaces as the CSS leaves it.
 */
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
