// The form of an application for any matter: its draft on the device (answers and pages apart), the form's own
// rules from core/applications for every field, and the submission through the outbox. A draft made on an older
// form version keeps the answers that the current form still asks.
import { useMemo } from 'react'
import {
  carryOver,
  fieldKey,
  formKeys,
  materialKey,
  prefillAnswers,
  validateApplication,
  type ApplicationFieldKey,
  type ApplicationForm,
  type Attachment,
  type FormField
} from '@/core/applications'
import { shanghaiDate } from '@/core/calendar'
import { savedFacts, useProfile } from '@/stores/profile'
import type { Translate } from '@/core/i18n'
import type { ZoneId } from '@/core/domain'
import { useProfileFill, type ProfileFillState, type ProfileMapping } from '../profile-fill'
import { useDraftForm, type DraftForm, type Refusal } from '../use-draft-form'
import { emptyApplicationDraft, useApplicationDrafts, useApplicationPages, type ApplicationDraft } from './drafts'
import { submitApplication, type ApplyOutcome } from './api'

export interface ApplicationFormState extends DraftForm<ApplicationDraft, ApplicationFieldKey> {
  form: ApplicationForm
  pages: Record<string, Attachment[]>
  setPages(materialId: string, pages: Attachment[]): void
  /** 用我的信息填写 for the applicant block; absent where the applicant cannot change (a 补正) */
  profile?: ProfileFillState<ApplicationDraft, ApplicationFieldKey>
  /** the fields a new application took from the answers saved in 我的信息 (none once a draft is kept) */
  prefilled?: FormField[]
}

/** the applicant block ↔ 我的信息 (the company only on an enterprise's form) */
const PROFILE_MAPPING: ProfileMapping<ApplicationDraft, ApplicationFieldKey> = {
  read: ({ applicant: a }) => ({
    name: a.name,
    idType: a.idType,
    idNumber: a.idNumber,
    phoneRegion: a.phoneRegion,
    phone: a.phone,
    ...(a.company ? { companyName: a.company.name, creditCode: a.company.creditCode } : {})
  }),
  write: (p, { applicant: a }) => ({
    applicant: {
      name: p.name ?? a.name,
      idType: p.idType ?? a.idType,
      idNumber: p.idNumber ?? a.idNumber,
      phoneRegion: p.phoneRegion ?? a.phoneRegion,
      phone: p.phone ?? a.phone,
      ...(a.company
        ? { company: { name: p.companyName ?? a.company.name, creditCode: p.creditCode ?? a.company.creditCode } }
        : {})
    }
  }),
  fields: ['name', 'idNumber', 'phone', 'companyName', 'creditCode']
}

interface Options {
  t: Translate
  form: ApplicationForm
  zone: ZoneId
  consent: { given: boolean; message: string }
  /** answers a new application starts with, e.g. the flat the user came from; kept only where the form accepts them */
  preset?: Record<string, string>
  /** what to do with the outcome once the outbox has the application: move on, or say it is queued */
  onOutcome(outcome: Exclude<ApplyOutcome, { kind: 'refused' }>): void
}

const NO_PAGES: Record<string, Attachment[]> = {}

/** the field a backend refusal is about: a shared validator code names an applicant field, a form code a field */
function fieldOfReason(form: ApplicationForm) {
  return (reason: string): ApplicationFieldKey | undefined => {
    if (reason.startsWith('name.')) return 'name'
    if (reason.startsWith('id.')) return 'idNumber'
    if (reason.startsWith('phone.')) return 'phone'
    if (reason.startsWith('enterpriseName.')) return 'companyName'
    if (reason.startsWith('creditCode.')) return form.applicant === 'legal' ? 'creditCode' : undefined
    return undefined
  }
}

export function useApplicationFormState({ t, form, zone, consent, preset, onOutcome }: Options): ApplicationFormState {
  const { matterId } = form
  const storedDraft = useApplicationDrafts((s) => s.drafts[matterId])
  const update = useApplicationDrafts((s) => s.update)
  const discardDraft = useApplicationDrafts((s) => s.discard)
  const pages = useApplicationPages((s) => s.pages[matterId]) ?? NO_PAGES
  const savePages = useApplicationPages((s) => s.set)
  // a new application starts with what 我的信息 holds for its fields (the 人才资格自测 answers, say)
  const talent = useProfile((s) => s.parts.talent)
  const initial = useMemo(() => {
    const empty = emptyApplicationDraft(form)
    const today = shanghaiDate(Date.now())
    return { ...empty, answers: prefillAnswers(form, savedFacts({ talent }), today, preset) }
  }, [form, talent, preset])
  const profile = useProfileFill(PROFILE_MAPPING)

  // a draft of an older form version: what is still asked is kept, the rest dropped, under the current version
  const stored = useMemo(() => {
    if (!storedDraft || storedDraft.formVersion === form.version) return storedDraft
    const kept = carryOver(form, storedDraft.answers, pages)
    return { ...storedDraft, formVersion: form.version, answers: kept.answers }
  }, [storedDraft, form, pages])

  const draft = useDraftForm<ApplicationDraft, ApplicationFieldKey>({
    t,
    initial,
    store: {
      stored,
      save: (patch) => update(matterId, stored ?? initial, { ...patch, formVersion: form.version }),
      discard: () => {
        discardDraft(matterId)
        savePages(matterId, {})
      }
    },
    validate: (value) =>
      validateApplication(
        form,
        {
          applicant: value.applicant,
          answers: value.answers,
          attachments: useApplicationPages.getState().pages[matterId] ?? {}
        },
        Date.now()
      ),
    fieldsOf: () => [],
    fieldOfReason: fieldOfReason(form),
    consent,
    invalidMessage: 'application.fixErrors',
    async submit(value): Promise<Refusal | void> {
      const attachments = useApplicationPages.getState().pages[matterId] ?? {}
      const outcome = await submitApplication({
        idempotencyKey: value.idempotencyKey,
        matterId,
        formVersion: form.version,
        zone,
        applicant: value.applicant,
        answers: Object.fromEntries(
          formKeys(form, value.answers)
            .filter((k) => k.startsWith('f.'))
            .map((k) => [k.slice(2), value.answers[k.slice(2)] ?? ''])
        ),
        attachments
      })
      if (outcome.kind === 'refused') return { refused: outcome.reason }
      profile.submitted(value)
      onOutcome(outcome)
    }
  })

  return {
    ...draft,
    form,
    profile,
    prefilled: stored ? [] : form.fields.filter((f) => f.id in initial.answers && !(preset && f.id in preset)),
    pages,
    setPages(materialId, next) {
      savePages(matterId, { ...pages, [materialId]: next })
      draft.set({}, [materialKey(materialId)])
    }
  }
}

export { fieldKey, materialKey }
