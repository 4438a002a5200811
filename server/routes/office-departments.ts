// 在线申办 per department: every form's matter names the department that handles its applications, and an office
// account of role `department` sees and acts on that department's applications only. The department comes from the
// bundled data: a 政务服务 item's `departmentId` (src/data/gov/services.json), a talent policy's `issuer` for the
// policy whose channel links the form (src/data/talent/policies.json), matched by name to a department; the three
// matters no record links (侨都人才卡, 人才公寓, 投资咨询) are named in MATTER_DEPARTMENTS below.
import packedTalent from '@/generated/talent-data.json'
import { unpack, type PackedJson } from '@/core/packed-json'
import type { TalentPolicy } from '@/core/talent/types'
import { applicationsDatasets } from '@/backend/embedded/applications-data'
import { govDatasets } from '@/backend/embedded/gov-data'
import type { RouteContext } from '../context'

export interface OfficeDepartment {
  id: string
  name: string
}

/** departments that handle online applications but are not in the 政务服务 catalogue's list */
const EXTRA_DEPARTMENTS: OfficeDepartment[] = [
  // 侨都人才卡 and the talent apartments: 市委人才工作领导小组办公室 issues the card and allocates the apartments
  { id: 'talent-office', name: '江门市委人才工作领导小组办公室' },
  // a district's own subsidy (蓬江区高校毕业生租房补贴)
  { id: 'pj-hrss', name: '江门市蓬江区人力资源和社会保障局' }
]

/** matters no catalogue record links to a department */
const MATTER_DEPARTMENTS: Record<string, string> = {
  'talent/talent-card': 'talent-office',
  'talent/apartment': 'talent-office',
  // 招商部门: 江门市商务局 answers investment consultations (受理后招商部门电话联系)
  'investment/consult': 'commerce'
}

function build() {
  const gov = govDatasets['zh-Hans']
  const all = [...gov.departments.map(({ id, name }) => ({ id, name })), ...EXTRA_DEPARTMENTS]
  const byName = new Map(all.map((d) => [d.name, d.id]))
  const serviceDepartment = new Map(gov.services.map((s) => [s.id, s.departmentId]))
  const policies = unpack<{ policies: TalentPolicy[] }>(packedTalent as PackedJson).policies
  const issuerOf = new Map<string, string>()
  for (const p of policies) for (const c of p.channels) if (c.matterId) issuerOf.set(c.matterId, p.issuer)

  const departmentOf = (matterId: string): string | undefined => {
    const [module, item] = matterId.split('/')
    if (module === 'gov-services') return serviceDepartment.get(item)
    const issuer = issuerOf.get(matterId)
    return (issuer !== undefined ? byName.get(issuer) : undefined) ?? MATTER_DEPARTMENTS[matterId]
  }
  const matters = new Map<string, string[]>()
  for (const form of applicationsDatasets['zh-Hans'].forms) {
    const department = departmentOf(form.matterId)
    if (!department) continue
    matters.set(department, [...(matters.get(department) ?? []), form.matterId])
  }
  const departments = all.filter((d) => matters.has(d.id))
  return { departmentOf, matters, departments }
}

let built: ReturnType<typeof build> | undefined
const table = () => (built ??= build())

/** the department that handles a matter's applications; undefined for a matter no department takes */
export const departmentOfMatter = (matterId: string): string | undefined => table().departmentOf(matterId)

/** the matters whose applications a department handles (none for an unknown department) */
export const mattersOfDepartment = (departmentId: string): string[] => table().matters.get(departmentId) ?? []

/** every department with at least one online form, in the catalogue's order */
export const onlineDepartments = (): OfficeDepartment[] => table().departments

/** the username of a department's seeded office account */
export const departmentUsername = (departmentId: string) => `dept-${departmentId}`

/** GET /office/departments: the departments with online forms, their names and matters (any office login) */
export function officeDepartmentRoutes({ app, sessions }: RouteContext) {
  app.get('/office/departments', async (req) => {
    await sessions.office(req)
    return onlineDepartments().map((d) => ({ ...d, matters: mattersOfDepartment(d.id) }))
  })
}
