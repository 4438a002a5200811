import type { TalentAnswers } from '@/core/talent/eligibility'

/**
 * a 2025 master's graduate (born 1998) working for a private firm in 蓬江, with this many months of 社保 in
 * Jiangmen and none in Shenzhen: 6 months qualify for the 百名硕博 living subsidy, fewer are a near miss
 */
export const graduate = (months: number): TalentAnswers => ({
  person: {
    education: 'master',
    fullTimeDegree: true,
    graduationYear: 2025,
    birthDate: '1998-05-01',
    employerCity: 'jiangmen',
    employerDistrict: 'pengjiang',
    employerType: 'private'
  },
  cities: { jiangmen: { socialInsuranceMonths: months, ownsHomeInCity: false }, shenzhen: { socialInsuranceMonths: 0 } }
})
