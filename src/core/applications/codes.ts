// Stable message keys of the application form rules and of the workflow's refusals. The 简体 text is in
// messages.zh-Hans.json (繁體 is generated from it). The applicant's fields also report the shared validator
// codes (name.*, id.*, phone.*, creditCode.*, enterpriseName.*), whose text is in core/validators.
export const APPLICATION_CODES = [
  // form
  'application.matter.unknown',
  'application.form.outdated',
  'application.field.required',
  'application.field.tooShort',
  'application.field.tooLong',
  'application.field.option',
  'application.field.date',
  'application.field.dateFuture',
  'application.field.month',
  'application.field.number',
  'application.field.range',
  'application.field.unknown',
  'application.material.required',
  'application.material.tooMany',
  'application.material.tooLarge',
  'application.material.unknown',
  'application.material.exempt',
  // workflow
  'application.unknown',
  'application.command.invalid',
  'application.actor.notAllowed',
  'application.transition.invalid',
  'application.amend.noteRequired',
  'application.amend.nothingAsked',
  'application.amend.notAsked',
  'application.decide.outcome',
  'application.decide.textRequired',
  'application.decide.publicityFirst',
  'application.decide.publicityRunning',
  'application.pay.nothingDue',
  'application.connect.noteRequired',
  'application.return.noteRequired',
  'application.rate.levelInvalid',
  'application.rate.reasonRequired',
  'application.rate.reasonTooLong',
  'application.rate.already',
  'application.followUp.none',
  'application.followUp.noteRequired',
  'application.followUp.done'
] as const

export type ApplicationCode = (typeof APPLICATION_CODES)[number]
