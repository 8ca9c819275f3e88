// The forms for what the actor may do next with a designation, one per transition, each with its
// heading; the reasons a change needs are required fields.
import { addNoteAction, changeDesignationAction, designateAction, endDesignationAction, startCoordinationAction } from "@/app/(portal)/designations/actions";
import { SectionHeading } from "@/components/ui/section-heading";
import { todayInJapan } from "@/lib/dates/date-only";
import { designationDetailMessages as m, designationPageMessages as pm } from "@/lib/designations/page-messages";
import type { DesignationDetail } from "@/lib/designations/queries";
import { ActionForm } from "./action-form";

function Block({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-8 border border-solid-gray-420 p-4 sm:p-6">
      <h3 id={id} className="mb-4 text-std-20B-150 text-solid-gray-900">{title}</h3>
      {children}
    </section>
  );
}

export function DesignationActions({ d }: { d: DesignationDetail }) {
  const hidden = { designationId: String(d.id), expectedVersion: String(d.version) };
  const today = todayInJapan();
  const ends = (["revoke", "withdraw", "expire"] as const).filter((k) => d.can.transitions.includes(k));
  const nothing = d.can.transitions.length === 0 && !d.can.note;
  return (
    <section aria-labelledby="actions-heading" className="mb-12">
      <SectionHeading id="actions-heading">{m.actionsHeading}</SectionHeading>
      {nothing ? <p className="text-std-16N-170">{m.noActions}</p> : null}
      <div className="space-y-6">
        {d.can.transitions.includes("start_coordination") ? (
          <Block id="start-heading" title={m.startHeading}>
            <ActionForm id="start" action={startCoordinationAction} hidden={hidden} success={m.saved} submit={m.startSubmit} fields={[{ name: "consultationStartedOn", label: m.startDate, type: "date", required: true, hint: pm.dateHint, defaultValue: d.consultationStartedOn ?? today }]} />
          </Block>
        ) : null}
        {d.can.transitions.includes("designate") ? (
          <Block id="designate-heading" title={m.designateHeading}>
            <ActionForm
              id="designate"
              action={designateAction}
              hidden={hidden}
              success={m.saved}
              submit={m.designateSubmit}
              fields={[
                { name: "designatedOn", label: m.designateDate, type: "date", required: true, hint: pm.dateHint },
                { name: "periodEndsOn", label: m.designatePeriod, type: "date", hint: pm.dateHint },
                { name: "noticeNumber", label: m.designateNotice },
              ]}
            />
          </Block>
        ) : null}
        {ends.map((kind) => (
          <Block key={kind} id={`${kind}-heading`} title={m.endHeading[kind]}>
            <ActionForm
              id={kind}
              action={endDesignationAction}
              hidden={{ ...hidden, kind }}
              success={m.saved}
              submit={m.endSubmit[kind]}
              fields={[
                { name: "endedOn", label: m.endDate[kind], type: "date", required: true, hint: pm.dateHint },
                { name: "reason", label: m.endReasonLabel, type: "textarea", required: true },
              ]}
            />
          </Block>
        ))}
        {d.can.transitions.includes("change") ? (
          <Block id="change-heading" title={m.changeHeading}>
            <ActionForm
              id="change"
              action={changeDesignationAction}
              hidden={hidden}
              success={m.saved}
              submit={m.changeSubmit}
              fields={[
                { name: "noticeNumber", label: m.designateNotice, defaultValue: d.noticeNumber ?? "" },
                { name: "periodEndsOn", label: m.designatePeriod, type: "date", hint: pm.dateHint, defaultValue: d.periodEndsOn ?? "" },
                { name: "reason", label: m.changeReason, type: "textarea", required: true },
              ]}
            />
          </Block>
        ) : null}
        {d.can.note ? (
          <Block id="note-heading" title={m.noteHeading}>
            <ActionForm id="note" action={addNoteAction} hidden={{ designationId: String(d.id) }} success={m.noteSaved} submit={m.noteSubmit} fields={[{ name: "body", label: m.noteLabel, type: "textarea", required: true }]} />
          </Block>
        ) : null}
      </div>
    </section>
  );
}
