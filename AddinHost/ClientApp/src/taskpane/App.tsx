import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import type { ReferralCreated } from "../api/types";
import { getOffice, onOfficeArrived, type OfficeAdapter } from "../office/adapter";
import { emptyForm } from "./form";
import { useDirectory } from "./hooks";
import { ReferralForm } from "./ReferralForm";
import { ReplayedView, SentView } from "./SentView";

/** The task pane. The result (with the passphrase) lives only in memory: closing the pane forgets it. */
export function App() {
  const [office, setOffice] = useState<OfficeAdapter | null>(null);
  const ocmws = useDirectory();
  const [form, setForm] = useState(emptyForm);
  const [sent, setSent] = useState<{ result: ReferralCreated; recipient: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    getOffice().then(setOffice);
    return onOfficeArrived(setOffice);
  }, []);
  const ready = office && ocmws;
  return (
    <main class="pane" data-ready={ready ? "true" : "false"} data-mode={office?.mode}>
      <h1>{t.taskpane.title}</h1>
      {office?.mode === "preview" ? <p class="notice">{t.common.preview}</p> : null}
      <div class="sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
      {!ready ? <p aria-busy="true">{t.common.loading}</p> : null}
      {ready && sent && sent.result.passphrase === null ? <ReplayedView result={sent.result} onBack={() => setSent(null)} /> : null}
      {ready && sent && sent.result.passphrase !== null ? (
        <SentView
          result={sent.result}
          passphrase={sent.result.passphrase}
          recipient={sent.recipient}
          onNew={() => {
            setSent(null);
            setForm(emptyForm());
            setAnnouncement("");
          }}
        />
      ) : null}
      {ready && !sent ? (
        <ReferralForm
          office={office}
          ocmws={ocmws}
          form={form}
          setForm={setForm}
          onSent={(result) => {
            setSent({ result, recipient: form.recipient });
            if (result.passphrase === null) {
              // Kept so that the worker can send again without typing everything anew.
              setAnnouncement(t.taskpane.replayedTitle);
              return;
            }
            setForm(emptyForm());
            setAnnouncement(`${t.taskpane.sentTitle}. ${t.taskpane.reference} ${result.reference}.`);
          }}
        />
      ) : null}
    </main>
  );
}
