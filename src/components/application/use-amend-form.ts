// 补正: the answers and pages the office asked for, edited in place of the application's own and sent back with
// one call. Only what the 补正 notice names is shown and checked; the rest of the application stays as it was.
import { useMemo, useState } from 'react'
import type { ApplicationView } from '@/backend/types'
import {
  fieldKey,
  materialKey,
  validateApplication,
  type ApplicationErrors,
  type ApplicationFieldKey,
  type ApplicationForm,
  type Attachment
} from '@/core/applications'
import type { Translate } from '@/core/i18n'
import { useDraftForm } from '../use-draft-form'
import { applicationsApi } from './api'
import type { ApplicationDraft } from './drafts'
import type { ApplicationFormState } from './use-application-form'

export function useAmendForm(
  t: Translate,
  form: ApplicationForm,
  application: ApplicationView,
  onAmended: () => void
): ApplicationFormState {
  const asked = application.amendRequest ?? { fields: [], materials: [], note: '', at: 0 }
  const askedKeys = useMemo<ApplicationFieldKey[]>(
    () => [...asked.fields.map(fieldKey), ...asked.materials.map(materialKey)],
    [asked.fields, asked.materials]
  )
  const initial = useMemo<ApplicationDraft>(
    () => ({
      idempotencyKey: application.idempotencyKey,
      formVersion: application.formVersion,
      applicant: application.applicant,
      answers: application.answers,
      updatedAt: 0
    }),
    [application]
  )
  const [pages, setPagesState] = useState<Record<string, Attachment[]>>(() =>
    Object.fromEntries(asked.materials.map((id) => [id, application.attachments[id] ?? []]))
  )

  const draft = useDraftForm<ApplicationDraft, ApplicationFieldKey>({
    t,
    initial,
    validate: (value) => {
      const all = validateApplication(
        form,
        {
          applicant: application.applicant,
          answers: value.answers,
          attachments: { ...application.attachments, ...pages }
        },
        Date.now()
      )
      // the masked applicant and the parts not asked about are not the user's to change here
      return Object.fromEntries(askedKeys.filter((k) => all[k]).map((k) => [k, all[k]])) as ApplicationErrors
    },
    fieldsOf: () => [],
    invalidMessage: 'application.fixErrors',
    async submit(value) {
      await applicationsApi.amend(application.id, {
        answers: Object.fromEntries(asked.fields.map((id) => [id, value.answers[id] ?? ''])),
        attachments: Object.fromEntries(asked.materials.map((id) => [id, pages[id] ?? []]))
      })
      onAmended()
    }
  })
  return {
    ...draft,
    form: {
      ...form,
      fields: form.fields.filter((f) => asked.fields.includes(f.id)),
      materials: form.materials.filter((m) => asked.materials.includes(m.id))
    },
    pages,
    setPages(materialId, next) {
      setPagesState((p) => ({ ...p, [materialId]: next }))
      draft.set({}, [materialKey(materialId)])
    }
  }
}
