import { Fragment } from "preact";

// An e-mail address or a domain: the only words that may break, and only at their own seams.
const address = /^[^\s@]+@[^\s@]+$|^(?=.*[a-z])[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/**
 * Text in which e-mail addresses and domains may wrap only after "@" and before ".", never inside a name
 * ("dpo@|opgroeien|.be", not "dpo@opgroeien.b|e"); other words wrap at spaces only, as the CSS leaves them.
 */
export function Breakable({ text }: { text: string }) {
  return (
    <>
      {text.split(/(\s+)/).map((word, i) =>
        address.test(word) ? (
          <Fragment key={i}>
            {word.split(/(?<=@)|(?=\.)/).map((part, j) => (
              <Fragment key={j}>
                {j ? <wbr /> : null}
                {part}
              </Fragment>
            ))}
          </Fragment>
        ) : (
          word
        ),
      )}
    </>
  );
}
