// A new application takes the answers saved in 我的信息 for the fields that name them, and only answers the field
// would accept.
import fc from 'fast-check'
import forms from '@/data/talent/application-forms.json'
import { checkField, prefillAnswers, type ApplicationForm } from '@/core/applications'

const FORMS = forms as unknown as ApplicationForm[]
const card = FORMS.find((f) => f.matterId === 'talent/talent-card')!
const living = FORMS.find((f) => f.matterId === 'talent/jm-graduate-living')!
const TODAY = '2026-12-01'

test('the talent card takes 学历 and 职称 from the self-check; a fact the field does not offer is left empty', () => {
  expect(prefillAnswers(card, { education: 'master', title: 'intermediate', hukouCity: 'other' }, TODAY)).toEqual({
    education: 'master',
    title: 'intermediate'
  })
  // the living subsidy is for 硕博 only: a 本科 answer fills nothing there
  expect(prefillAnswers(living, { education: 'bachelor', fullTimeDegree: true }, TODAY)).toEqual({
    studyMode: 'full_time'
  })
})

test('whatever the facts, every prefilled answer passes its field’s own rule', () => {
  fc.assert(
    fc.property(
      fc.dictionary(fc.constantFrom('education', 'title', 'skillLevel', 'fullTimeDegree', 'x'), fc.anything()),
      (facts) => {
        for (const form of FORMS)
          for (const [id, value] of Object.entries(prefillAnswers(form, facts, TODAY)))
            expect(
              checkField(
                form.fields.find((f) => f.id === id)!,
                value,
                TODAY
              )
            ).toBeNull()
      }
    )
  )
})

test('a link’s preset chooses an answer the field accepts, and never one it would refuse', () => {
  const apartment = FORMS.find((f) => f.matterId === 'talent/apartment')!
  expect(prefillAnswers(apartment, {}, TODAY, { project: 'house-talent-island', household: '0' })).toEqual({
    project: 'house-talent-island'
  })
  expect(prefillAnswers(apartment, {}, TODAY, { project: 'no-such-flat' })).toEqual({})
})
