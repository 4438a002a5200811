// Stable message keys of the appeal form rules and of the workflow's refusals. The 简体 text
// is in messages.zh-Hans.json (繁體 is generated from it); never rename a code without
// updating the catalogue. Form fields also report the shared validator codes (name.*,
// phone.*, creditCode.*, enterpriseName.*), whose text is in core/validators.
export const APPEAL_CODES = [
  // form
  'appeal.type.required',
  'appeal.channel.required',
  'appeal.category.required',
  'appeal.category.notLeaf',
  'appeal.tags.tooMany',
  'appeal.tags.duplicate',
  'appeal.tags.length',
  'appeal.content.empty',
  'appeal.content.tooShort',
  'appeal.content.tooLong',
  'appeal.location.cityRequired',
  'appeal.location.cityOutsideZone',
  'appeal.location.districtRequired',
  'appeal.location.districtInvalid',
  'appeal.location.addressEmpty',
  'appeal.location.addressTooShort',
  'appeal.location.addressTooLong',
  'appeal.photos.tooMany',
  'appeal.photos.tooLarge',
  'appeal.confidential.invalid',
  // workflow
  'appeal.event.unknown',
  'appeal.command.invalid',
  'appeal.actor.notAllowed',
  'appeal.transition.invalid',
  'appeal.time.beforeLast',
  'appeal.withdraw.afterAccept',
  'appeal.unit.required',
  'appeal.unit.notAssigned',
  'appeal.reassign.sameUnit',
  'appeal.return.noteRequired',
  'appeal.reply.textTooShort',
  'appeal.rate.levelInvalid',
  'appeal.rate.reasonRequired',
  'appeal.rate.reasonTooLong',
  'appeal.close.ratingPending'
] as const

export type AppealCode = (typeof APPEAL_CODES)[number]
