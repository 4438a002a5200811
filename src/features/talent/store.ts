// The self-check's answers, kept on the device as the user gives them (a draft that survives reloads and app
// kills). Whatever storage holds that the vocabulary does not allow is dropped on reading, never a wrong answer.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { CityId } from '@/core/domain'
import type { FactValue } from '@/core/rules'
import { cleanAnswers, isCityFact, NO_ANSWERS, type TalentAnswers } from '@/core/talent/eligibility'
import type { TalentFactName } from '@/core/talent/types'
import { deviceStateStorage } from '@/stores/persist-storage'

interface AnswersState {
  answers: TalentAnswers
  /** sets an answer (undefined: 不清楚); a fact about 本市 needs the city */
  answer(fact: TalentFactName, value: FactValue | undefined, city?: CityId): void
  replace(answers: TalentAnswers): void
  clear(): void
}

function withAnswer(a: TalentAnswers, fact: TalentFactName, value: FactValue | undefined, city?: CityId) {
  if (isCityFact(fact)) {
    if (!city) return a
    const cityAnswers = { ...a.cities[city], [fact]: value }
    if (value === undefined) delete cityAnswers[fact]
    return { ...a, cities: { ...a.cities, [city]: cityAnswers } }
  }
  const person: TalentAnswers['person'] = { ...a.person, [fact]: value }
  if (value === undefined) delete person[fact as keyof typeof person]
  return { ...a, person }
}

export const useAnswers = create<AnswersState>()(
  persist(
    (set) => ({
      answers: NO_ANSWERS,
      answer: (fact, value, city) => set((s) => ({ answers: withAnswer(s.answers, fact, value, city) })),
      replace: (answers) => set({ answers: cleanAnswers(answers) }),
      clear: () => set({ answers: NO_ANSWERS })
    }),
    {
      name: 'wst:talent-check',
      version: 1,
      storage: deviceStateStorage(1),
      partialize: ({ answers }) => ({ answers }),
      merge: (persisted, current) => ({
        ...current,
        answers: cleanAnswers((persisted as { answers?: unknown } | undefined)?.answers)
      })
    }
  )
)

export const answeredCount = (a: TalentAnswers): number =>
  Object.keys(a.person).length + Object.values(a.cities).reduce((n, c) => n + Object.keys(c ?? {}).length, 0)
