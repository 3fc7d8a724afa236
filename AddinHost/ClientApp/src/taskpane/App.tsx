import { useEffect, useMemo, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import type { ReferralCreated } from "../api/types";
import { getOffice, onOfficeArrived, type OfficeAdapter } from "../office/adapter";
import { Breakable } from "../ui/Breakable";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { useLeaveGuard } from "../ui/leaveGuard";
import { emptyForm, hasClientData } from "./form";
import { useDirectory, useMe } from "./hooks";
import { MyReferrals } from "./MyReferrals";
import { ReferralForm } from "./ReferralForm";
import { ReplayedView, SentView } from "./SentView";

type View = "form" | "mine";

/** The task pane. The result (with the passphrase) lives only in memory: closing the pane forgets it. */
export function App() {
  const [office, setOffice] = useState<OfficeAdapter | null>(null);
  const ocmws = useDirectory();
  const me = useMe();
  const [form, setForm] = useState(emptyForm);
  const [sent, setSent] = useState<{ result: ReferralCreated; recipient: string; ocmwId: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [view, setView] = useState<View>("form");
  // True while a passphrase is on screen that nobody has marked as passed on: leaving then asks first.
  const [pending, setPending] = useState(false);
  const [leaveTo, setLeaveTo] = useState<View | null>(null);
  // A filled form that was not sent exists only here: reloading or closing asks first. An emptied form closes at once.
  useLeaveGuard(hasClientData(form));
  useEffect(() => {
    getOffice().then(setOffice);
    return onOfficeArrived(setOffice);
  }, []);
  const known = me && me !== "later" ? me : null;
  const ready = office && ocmws && me;
  // Article 10/1: the form offers the OCMWs of the worker's team only, and only those with a confirmed mailbox (the
  // postcode's verdict says why another is missing); the host refuses the others at the send.
  const referable = useMemo(
    () => (ocmws ?? []).filter((o) => (!known || known.referableOcmwIds.includes(o.id)) && o.verifiedMailboxes.length > 0),
    [ocmws, known],
  );
  const startNew = () => {
    setSent(null);
    setPending(false);
    setForm(emptyForm());
    setAnnouncement("");
  };
  const go = (next: View) => {
    if (next === view) return;
    if (pending) return setLeaveTo(next);
    if (sent?.result.passphrase) startNew();
    setView(next);
  };
  return (
    <main class="pane" data-ready={ready ? "true" : "false"} data-mode={office?.mode}>
      <h1>{t.taskpane.title}</h1>
      {office?.mode === "preview" ? <p class="notice">{t.common.preview}</p> : null}
      <div class="sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
      {!ready ? <p aria-busy="true">{t.common.loading}</p> : null}
      {ready ? (
        <nav class="views" aria-label={t.taskpane.title}>
          {(Object.keys(t.life.nav) as View[]).map((v) => (
            <button key={v} id={`nav-${v}`} type="button" class="link-button" aria-current={view === v ? "page" : undefined} onClick={() => go(v)}>
              {t.life.nav[v]}
            </button>
          ))}
        </nav>
      ) : null}
      {ready && view === "mine" ? <MyReferrals ocmws={ocmws} /> : null}
      {ready && view === "form" && sent && sent.result.passphrase === null ? <ReplayedView result={sent.result} onBack={() => setSent(null)} /> : null}
      {ready && view === "form" && sent && sent.result.passphrase !== null ? (
        <SentView
          result={sent.result}
          passphrase={sent.result.passphrase}
          recipient={sent.recipient}
          ocmw={ocmws.find((o) => o.id === sent.ocmwId)}
          onPending={setPending}
          onNew={startNew}
        />
      ) : null}
      {ready && known && view === "form" && !sent && (known.teamProblem || !referable.some((o) => o.status === "inForce")) ? (
        <p class="notice" role="alert" data-testid="team-notice">
          <Breakable text={known.teamProblem?.message ?? t.taskpane.noTeamOcmw} />
        </p>
      ) : null}
      {ready && view === "form" && !sent ? (
        <ReferralForm
          office={office}
          ocmws={referable}
          form={form}
          setForm={setForm}
          onSent={(result) => {
            setSent({ result, recipient: form.recipient, ocmwId: form.ocmwId });
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
      {leaveTo ? (
        <ConfirmDialog
          id="leave-view"
          title={t.life.leaveTitle}
          body={t.life.leaveBody}
          confirm={t.life.leaveConfirm}
          cancel={t.life.leaveCancel}
          cancelIsPrimary
          onConfirm={() => {
            startNew();
            setView(leaveTo);
            setLeaveTo(null);
          }}
          onCancel={() => setLeaveTo(null)}
        />
      ) : null}
    </main>
  );
}
