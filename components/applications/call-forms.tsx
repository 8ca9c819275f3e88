"use client";
// 募集の管理's forms: open a call (menu, 年度, name, opening day, deadline); extend or close one.
import { useActionState } from "react";
import { closeCallAction, extendCallAction, openCallAction } from "@/app/(portal)/admin/calls/actions";
import { FormMessage, SelectField, secondaryClass, submitClass, TextField } from "@/components/users/form-fields";
import { callPageMessages as m } from "@/lib/applications/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { keepInputOnFailure } from "@/lib/http/submit-failure";

// A submit that cannot reach a working server keeps what was typed (ADR 0026).
const keep = {
  openCall: keepInputOnFailure(openCallAction),
  extendCall: keepInputOnFailure(extendCallAction),
  closeCall: keepInputOnFailure(closeCallAction),
};

export function OpenCallForm({ menus, years }: { menus: { code: string; name: string }[]; years: { value: string; label: string }[] }) {
  const [state, dispatch, pending] = useActionState<FormState, FormData>(keep.openCall, {});
  const values = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <form key={JSON.stringify(state)} action={dispatch} className="max-w-[40em] space-y-4" noValidate>
      <FormMessage state={state} success={m.opened} />
      <SelectField id="call-menu" name="menuCode" label={m.menu} required defaultValue={values.menuCode} errors={errors.menuCode} options={menus.map((x) => ({ value: x.code, label: x.name }))} />
      <SelectField id="call-year" name="fiscalYear" label={m.fiscalYear} required defaultValue={values.fiscalYear} errors={errors.fiscalYear} options={years} />
      <TextField id="call-title" name="title" label={m.callTitle} required defaultValue={values.title} errors={errors.title} />
      <TextField id="call-note" name="note" label={m.note} defaultValue={values.note} errors={errors.note} />
      <TextField id="call-opens" name="opensOn" type="date" label={m.opensOn} required defaultValue={values.opensOn} errors={errors.opensOn} />
      <TextField id="call-deadline" name="deadline" type="datetime-local" label={m.deadline} required defaultValue={values.deadline} errors={errors.deadline} />
      <button type="submit" className={submitClass} disabled={pending}>{m.open}</button>
    </form>
  );
}

export function CallRowForms({ callId, version, title }: { callId: number; version: number; title: string }) {
  const [extendState, extend, extending] = useActionState<FormState, FormData>(keep.extendCall, {});
  const [closeState, close, closing] = useActionState<FormState, FormData>(keep.closeCall, {});
  return (
    <div className="space-y-2">
      <FormMessage state={extendState} success={m.changed} />
      <FormMessage state={closeState} success={m.changed} />
      <form action={extend} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="callId" value={callId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <label htmlFor={`extend-${callId}`} className="text-dns-14N-130">{`${m.extendedUntil}（${title}）`}</label>
        <input id={`extend-${callId}`} name="extendedUntil" type="datetime-local" defaultValue={extendState.ok ? undefined : extendState.values?.extendedUntil} className="rounded-8 border border-solid-gray-600 px-2 py-1" />
        <button type="submit" className={secondaryClass} disabled={extending}>{m.extend}</button>
      </form>
      <form action={close}>
        <input type="hidden" name="callId" value={callId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <button type="submit" className={secondaryClass} disabled={closing}>{`${m.close}（${title}）`}</button>
      </form>
    </div>
  );
}
