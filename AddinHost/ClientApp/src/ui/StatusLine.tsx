import { useEffect, useRef, useState } from "preact/hooks";

/** A message and how many were said: saying the same words twice is still a new message to move the focus to. */
export interface Status {
  text: string;
  seq: number;
}

export function useStatus(): [Status, (text: string) => void] {
  const [status, setStatus] = useState<Status>({ text: "", seq: 0 });
  return [status, (text: string) => setStatus((s) => ({ text, seq: s.seq + 1 }))];
}

/**
 * What an action did, said where the action was. A new message takes the focus: the button that was pressed is often
 * gone with the card or form it belonged to, and focus would otherwise fall back to the page. Shown again (a tab opened
 * anew), an old message leaves the focus where the person put it.
 */
export function StatusLine({ status, className = "status-line", testId }: { status: Status; className?: string; testId?: string }) {
  const line = useRef<HTMLParagraphElement>(null);
  const seen = useRef(status.seq);
  useEffect(() => {
    if (status.seq !== seen.current && status.text) line.current?.focus();
    seen.current = status.seq;
  }, [status.seq]);
  return (
    <p class={className} role="status" aria-live="polite" tabIndex={-1} ref={line} data-testid={testId}>
      {status.text}
    </p>
  );
}
