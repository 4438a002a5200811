// 湾事通 办理端 (the office console): sign in with an office account, see the appeals and applications the account's
// role may see, open one, take the steps its role may take from its status, and (the 12345 centre) read the audit
// log. The session token stays in sessionStorage and goes as a Bearer header: no cookie, so no CSRF. Every
// refusal is shown with the Chinese text of the server's reason code.
const API = '/api/v1'
const STORE = 'wst-office-session'
const DAY = 24 * 3600_000

/** refusals of the office door and the API itself; the workflow's come from meta.json */
const OFFICE_ERRORS = {
  'office.role': '当前账号的角色不能进行这项操作',
  'office.login.refused': '用户名或密码不正确',
  'office.login.invalid': '请填写用户名和密码',
  'office.login.required': '登录已过期，请重新登录',
  'appeal.unknown': '找不到这件诉求，可能已不由本单位承办',
  'appeal.routing.noUnit': '没有可派往的承办单位，请手动选择',
  'appeal.unit.unknown': '所选承办单位不存在，请重新选择',
  idempotencyKey: '请求缺少操作编号，请刷新页面后重试',
  'rate.limited': '操作太频繁，请稍后再试',
  rate_limited: '操作太频繁，请稍后再试',
  'body.contentType': '请求格式不正确，请刷新页面后重试',
  'office.password.invalid': '请填写当前密码和新密码',
  'office.password.tooShort': '新密码至少需要 12 个字符',
  'office.password.username': '新密码不能与用户名相同',
  'office.password.same': '新密码不能与当前密码相同',
  'office.password.current': '当前密码不正确，请重新输入',
  'office.password.mismatch': '两次输入的新密码不一致，请重新输入',
  'followUp.invalid': '请填写回访情况',
  'followUp.noteRequired': '回访情况至少需要 5 个字，请写明回访的时间、方式和结果',
  'followUp.unknown': '找不到这项回访任务，可能不由本单位负责',
  'followUp.byWorkflow':
    '这项回访由办理流程中的步骤记录（诉求重办中的“联系诉求人”“答复”，申办的“回访”“整改”），请在记录详情中办理',
  network: '无法连接服务器，请检查网络后重试'
}

const ROLE_NAMES = { center: '12345 热线', unit: '承办单位', department: '办理部门' }
const KIND_NAMES = { appeal: '诉求', application: '申办', account: '账号' }
/** what a reminder or a follow-up is about: an appeal's deadline, or a step of a 差评's follow-up */
const ITEM_NAMES = { contact: '联系诉求人', reply: '答复', close: '办结', callback: '回访', rectify: '整改' }
const LEVEL_NAMES = { 1: '非常不满意', 2: '不满意' }
const PASSWORD_MIN = 12

const $ = (id) => document.getElementById(id)
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag)
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue
    if (k === 'text') node.textContent = v
    else if (k === 'class') node.className = v
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v)
    else node.setAttribute(k, v === true ? '' : String(v))
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c)
  return node
}

const state = {
  meta: null,
  session: null,
  tab: 'appeals',
  appeals: [],
  applications: [],
  selected: null,
  audit: [],
  reminders: [],
  followUps: [],
  /** the view the password form returns to */
  beforePassword: '',
  expiryTimer: 0,
  /** the tab the status filter's options were made for */
  filterTab: ''
}

const label = (key, fallback) => state.meta?.labels[key] ?? fallback ?? key
const errorText = (reason) =>
  state.meta?.errors[reason] ?? OFFICE_ERRORS[reason] ?? `操作未成功（${reason}），请刷新后重试`
const unitName = (id) => state.meta.units.find((u) => u.id === id)?.name ?? id ?? '未派单'
const departmentName = (id) => state.meta.departments.find((d) => d.id === id)?.name ?? id
const matterOf = (id) => state.meta.matters.find((m) => m.matterId === id)
const pad = (n) => String(n).padStart(2, '0')
/** a time in Beijing, as every office in the zone reads it */
const when = (ms) => {
  if (ms === undefined || ms === null) return '—'
  const d = new Date(ms + 8 * 3600_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
const newKey = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

class ApiError extends Error {
  constructor(status, reason) {
    super(reason)
    this.status = status
    this.reason = reason
  }
}

async function api(path, { method = 'GET', body, key } = {}) {
  const headers = { Accept: 'application/json' }
  if (state.session) headers.Authorization = `Bearer ${state.session.token}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (key) headers['Idempotency-Key'] = key
  let res
  try {
    res = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  } catch {
    throw new ApiError(0, 'network')
  }
  const data = await res.json().catch(() => null)
  if (res.ok) return data
  const reason = data?.error?.reason ?? `http.${res.status}`
  // an ended or expired session goes back to the login, whatever was being done
  if (res.status === 401 && state.session) {
    signOut('登录已过期，请重新登录。')
  }
  throw new ApiError(res.status, reason)
}

// ── session ─────────────────────────────────────────────────────────────────────────────────────────────────
function saveSession(session) {
  state.session = session
  if (session) sessionStorage.setItem(STORE, JSON.stringify(session))
  else sessionStorage.removeItem(STORE)
}

function loadSession() {
  try {
    const s = JSON.parse(sessionStorage.getItem(STORE) ?? 'null')
    return s && typeof s.token === 'string' && s.expiresAt > Date.now() ? s : null
  } catch {
    return null
  }
}

function signOut(notice) {
  clearTimeout(state.expiryTimer)
  saveSession(null)
  state.appeals = []
  state.applications = []
  state.audit = []
  state.reminders = []
  state.followUps = []
  state.selected = null
  showNotice(notice)
  render()
  $('username').focus()
}

function showNotice(text) {
  $('notice').textContent = text ?? ''
  $('notice').hidden = !text
}

function scheduleExpiry() {
  clearTimeout(state.expiryTimer)
  const left = state.session.expiresAt - Date.now()
  state.expiryTimer = setTimeout(() => signOut('登录已过期，请重新登录。'), Math.max(0, Math.min(left, 2 ** 31 - 1)))
}

async function login(event) {
  event.preventDefault()
  const username = $('username').value.trim()
  const password = $('password').value
  const error = $('login-error')
  if (!username || !password) {
    error.textContent = errorText('office.login.invalid')
    return
  }
  const button = event.submitter ?? $('login-form').querySelector('button')
  button.disabled = true
  error.textContent = ''
  try {
    const answer = await api('/office/login', { method: 'POST', body: { username, password } })
    saveSession({ ...answer, username })
    $('password').value = ''
    showNotice('')
    scheduleExpiry()
    state.tab = tabsFor()[0].id
    render()
    await load()
  } catch (e) {
    error.textContent = errorText(e.reason)
  } finally {
    button.disabled = false
  }
}

async function logout() {
  await api('/auth/logout', { method: 'POST', body: {} }).catch(() => undefined)
  signOut('已退出登录。')
}

// ── what a role may see and do ──────────────────────────────────────────────────────────────────────────────
function tabsFor() {
  const role = state.session?.role
  if (role === 'center')
    return [
      { id: 'appeals', name: '诉求' },
      { id: 'applications', name: '申办（查看）' },
      { id: 'tasks', name: '提醒与回访' },
      { id: 'audit', name: '操作日志' }
    ]
  if (role === 'unit')
    return [
      { id: 'appeals', name: '诉求' },
      { id: 'tasks', name: '提醒与回访' }
    ]
  return [
    { id: 'applications', name: '申办' },
    { id: 'tasks', name: '提醒与回访' }
  ]
}

const isSubsidy = (a) => (a.workflow ?? 'standard') === 'subsidy'

function statusName(kind, r) {
  if (kind === 'appeal') return label(`appeal.status.${r.status}`, r.status)
  if (isSubsidy(r) && (r.status === 'accepted' || r.status === 'reviewing'))
    return label(`application.status.subsidy.${r.status}`)
  if (isSubsidy(r) && r.status === 'decided' && r.decision?.outcome === 'denied')
    return label('application.status.subsidy.denied')
  return label(`application.status.${r.status}`, r.status)
}

function eventName(kind, event, r) {
  if (kind === 'appeal') return label(`appeal.event.${event}`, event)
  if (event === 'review' && r && isSubsidy(r)) return label('application.event.subsidy.review')
  if (event === 'decide' && r?.workflow === 'consultation') return label('application.event.consultation.decide')
  return label(`application.event.${event}`, event)
}

/** the deadlines still running: [dueAt] of each that is not met */
function openDeadlines(kind, r) {
  if (kind === 'appeal') return r.deadlines.filter((d) => d.metAt === undefined).map((d) => d.dueAt)
  const d = r.deadline
  return d?.dueAt !== undefined &&
    d.metAt === undefined &&
    !['decided', 'returned', 'paying', 'paid'].includes(r.status)
    ? [d.dueAt]
    : []
}

function dueState(kind, r, now = Date.now()) {
  if (kind === 'appeal' && ['closed', 'withdrawn'].includes(r.status)) return ''
  const due = openDeadlines(kind, r)
  if (due.some((t) => t < now)) return 'overdue'
  if (due.some((t) => t - now <= DAY)) return 'soon'
  return ''
}

function appealActions(a) {
  const role = state.session.role
  if (role !== 'center' && role !== 'unit') return []
  return state.meta.appealTransitions.filter((t) => t.actor === role && t.from.includes(a.status)).map((t) => t.event)
}

function applicationActions(a) {
  if (state.session.role !== 'department') return []
  const workflow = a.workflow ?? 'standard'
  const follow = a.ratings?.[a.ratings.length - 1]?.followUp
  const events = state.meta.applicationTransitions
    .filter((t) => t.from.includes(a.status) && (!t.workflows || t.workflows.includes(workflow)))
    .map((t) => t.event)
    // a follow-up is offered only while a 差评 waits for it
    .filter((e) => (e === 'callBack' ? follow && follow.calledBackAt === undefined : true))
    .filter((e) => (e === 'rectify' ? follow && follow.rectifiedAt === undefined : true))
  return [...new Set(events)]
}

/** what each step needs besides its name: [field, required] */
const APPEAL_NEEDS = {
  dispatch: [['unit', true]],
  reassign: [['unit', true]],
  return: [['note', true, '退单理由（至少 5 个字）']],
  reply: [['text', true, '答复内容（至少 10 个字，写明办理结果和依据）']]
}
const APPLICATION_NEEDS = {
  accept: [['note', false, '受理说明（选填）']],
  requestAmend: [
    ['note', true, '补正说明（至少 5 个字）'],
    ['asked', true]
  ],
  review: [['note', false, '审核说明（选填）']],
  publicize: [['note', false, '公示说明（选填，例如公示网址）']],
  connect: [['note', true, '对接情况：谁在何时与企业见面、在哪个园区（至少 5 个字）']],
  decide: [
    ['outcome', true],
    ['text', true, '决定内容（至少 5 个字）']
  ],
  pay: [['note', false, '发放说明（选填）']],
  return: [['note', true, '退回理由（至少 5 个字）']],
  callBack: [['note', true, '回访情况（至少 5 个字）']],
  rectify: [['note', true, '整改情况（至少 5 个字）']]
}

// ── loading ─────────────────────────────────────────────────────────────────────────────────────────────────
async function load() {
  const role = state.session?.role
  if (!role) return
  $('list-count').textContent = '正在加载…'
  try {
    if (role !== 'department') state.appeals = await api('/office/appeals')
    if (role !== 'unit') state.applications = await api('/office/applications')
    if (role === 'center' && state.tab === 'audit') await loadAudit(false)
    if (state.tab === 'tasks') await loadTasks()
  } catch (e) {
    if (state.session) showNotice(errorText(e.reason))
  }
  if (state.selected) {
    const list = state.selected.kind === 'appeal' ? state.appeals : state.applications
    if (!list.some((r) => r.id === state.selected.id)) state.selected = null
  }
  render()
}

async function loadAudit(more) {
  const before = more && state.audit.length ? `&before=${state.audit[state.audit.length - 1].id}` : ''
  const page = await api(`/office/audit?limit=100${before}`)
  state.audit = more ? [...state.audit, ...page] : page
  $('audit-more').hidden = page.length < 100
}

/** every reminder mark of the account's scope (the route pages by id, 500 at a time), and the follow-up tasks */
async function loadTasks() {
  const marks = []
  for (let after = 0, pages = 0; pages < 20; pages++) {
    const page = await api(`/office/reminders?after=${after}`)
    marks.push(...page)
    if (page.length < 500) break
    after = page[page.length - 1].id
  }
  state.reminders = marks
  state.followUps = await api('/office/follow-ups')
}

// ── rendering ───────────────────────────────────────────────────────────────────────────────────────────────
function render() {
  const signedIn = !!state.session
  $('login').hidden = signedIn
  $('work').hidden = !signedIn
  $('who').hidden = !signedIn
  if (!signedIn) return
  const s = state.session
  const scope =
    s.role === 'unit' ? `：${unitName(s.unitId)}` : s.role === 'department' ? `：${departmentName(s.departmentId)}` : ''
  $('who-text').textContent = `${s.username}（${ROLE_NAMES[s.role]}${scope}）`
  renderTabs()
  if (state.filterTab !== state.tab) {
    state.filterTab = state.tab
    syncStatusFilter()
  }
  const audit = state.tab === 'audit'
  const tasks = state.tab === 'tasks'
  const password = state.tab === 'password'
  const list = !audit && !tasks && !password
  $('audit-view').hidden = !audit
  $('tasks-view').hidden = !tasks
  $('password-view').hidden = !password
  $('list-view').hidden = !list
  $('detail-view').hidden = !list || !state.selected
  $('work').classList.toggle('detail-open', list && !!state.selected)
  $('work').classList.toggle('wide', !list)
  if (audit) renderAudit()
  else if (tasks) renderTasks()
  else if (password) return
  else {
    renderList()
    renderDetail()
  }
}

function renderTabs() {
  const nav = $('tabs')
  nav.replaceChildren(
    ...tabsFor().map((t) =>
      el('button', {
        type: 'button',
        text: t.name,
        'aria-current': state.tab === t.id ? 'page' : undefined,
        onclick: () => {
          state.tab = t.id
          state.selected = null
          render()
          if (t.id === 'audit') loadAudit(false).then(render, (e) => showNotice(errorText(e.reason)))
          if (t.id === 'tasks') loadTasks().then(render, (e) => showNotice(errorText(e.reason)))
        }
      })
    )
  )
}

function syncStatusFilter() {
  const select = $('filter-status')
  const kind = state.tab === 'appeals' ? 'appeal' : 'application'
  const prefix = `${kind}.status.`
  const statuses = Object.keys(state.meta.labels)
    .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.') && !k.endsWith('.other'))
    .map((k) => k.slice(prefix.length))
  const current = select.value
  select.replaceChildren(
    el('option', { value: '', text: '全部' }),
    ...statuses.map((st) => el('option', { value: st, text: label(prefix + st) }))
  )
  select.value = statuses.includes(current) ? current : ''
}

function badges(kind, r) {
  const due = dueState(kind, r)
  return el(
    'span',
    { class: 'badges' },
    el('span', { class: 'badge', text: `状态：${statusName(kind, r)}` }),
    due === 'overdue' ? el('span', { class: 'badge badge--overdue', text: '⚠ 已超期' }) : null,
    due === 'soon' ? el('span', { class: 'badge badge--soon', text: '◷ 24 小时内到期' }) : null,
    kind === 'appeal' && r.confidential ? el('span', { class: 'badge badge--secret', text: '保密' }) : null,
    kind === 'appeal' && r.urgent ? el('span', { class: 'badge badge--overdue', text: '紧急' }) : null
  )
}

function renderList() {
  const kind = state.tab === 'appeals' ? 'appeal' : 'application'
  const records = kind === 'appeal' ? state.appeals : state.applications
  $('list-title').textContent = kind === 'appeal' ? '诉求' : '在线申办'
  const role = state.session.role
  $('list-hint').textContent =
    kind === 'appeal'
      ? role === 'center'
        ? '全部诉求：受理、派单、改派、回访和办结。保密诉求的联系方式只有承办单位可见。'
        : '本单位承办的诉求：签收、联系诉求人、答复或退单。'
      : role === 'center'
        ? '各部门的全部申办，供督办查看时限；受理和审批由各办理部门进行。'
        : '本部门事项的申办：受理、补正、审核、决定和发放。'
  const status = $('filter-status').value
  const due = $('filter-due').value
  const text = $('filter-text').value.trim()
  const shown = records.filter(
    (r) =>
      (!status || r.status === status) &&
      (!due || dueState(kind, r) === due) &&
      (!text || r.reference.includes(text) || (r.matterName ?? '').includes(text))
  )
  $('list-count').textContent =
    `共 ${shown.length} 件${shown.length < records.length ? `（全部 ${records.length} 件）` : ''}`
  $('list').replaceChildren(
    ...shown.map((r) => {
      const selected = state.selected?.kind === kind && state.selected.id === r.id
      return el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            'aria-current': selected ? 'true' : undefined,
            'data-id': r.id,
            onclick: () => select(kind, r.id)
          },
          el('span', { class: 'ref', text: r.reference }),
          el('span', {
            text: kind === 'appeal' ? `${Array.from(r.content).slice(0, 40).join('')}` : r.matterName
          }),
          badges(kind, r)
        )
      )
    })
  )
}

function select(kind, id) {
  state.selected = { kind, id }
  render()
  $('detail-title').focus()
}

function rows(pairs) {
  return el(
    'dl',
    {},
    pairs
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, v)])
  )
}

function deadlineLines(kind, r) {
  const now = Date.now()
  const line = (name, dueAt, metAt) =>
    el('li', {
      text: `${name}：${when(dueAt)} 前${metAt !== undefined ? `（已于 ${when(metAt)} 完成）` : dueAt < now ? '（已超期）' : ''}`
    })
  const names = { contact: '联系诉求人', reply: '答复', close: '办结' }
  const items =
    kind === 'appeal'
      ? r.deadlines.map((d) => line(names[d.kind] ?? d.kind, d.dueAt, d.metAt))
      : r.deadline?.dueAt !== undefined
        ? [line(`承诺时限 ${r.deadline.promisedDays} 个工作日`, r.deadline.dueAt, r.deadline.metAt)]
        : [el('li', { text: `承诺时限 ${r.deadline?.promisedDays ?? 0} 个工作日，受理后开始计算` })]
  if (kind === 'application' && r.publicity) {
    const { startedAt, endsAt } = r.publicity
    items.push(
      el('li', { text: `公示期：${when(startedAt)} 至 ${when(endsAt)}（${endsAt < now ? '已结束' : '进行中'}）` })
    )
  }
  return el('ul', {}, items)
}

function timeline(kind, r) {
  return el(
    'ol',
    { class: 'timeline' },
    r.timeline.map((t) =>
      el('li', {
        text: `${when(t.at)} ${label(`${kind}.actor.${t.actor}`, kind === 'application' ? (t.actor === 'office' ? '办理部门' : '申请人') : t.actor)} ${eventName(kind, t.event, r)} → ${statusName(kind, { ...r, status: t.to })}${t.unitId ? `（${unitName(t.unitId)}）` : ''}${t.note ? `：${t.note}` : ''}`
      })
    )
  )
}

function renderDetail() {
  const sel = state.selected
  if (!sel) return
  const r = (sel.kind === 'appeal' ? state.appeals : state.applications).find((x) => x.id === sel.id)
  if (!r) return
  $('detail-title').textContent = `${sel.kind === 'appeal' ? '诉求' : '申办'} ${r.reference}`
  const body = []
  if (sel.kind === 'appeal') {
    const secret = r.confidential
      ? el(
          'p',
          { class: 'alert', id: 'secret-note' },
          r.contact
            ? '保密：诉求人要求对联系方式保密。本单位承办，可以看到联系方式，请勿向他人透露。'
            : '保密：诉求人要求对联系方式保密，只有承办单位可以看到联系方式。'
        )
      : null
    body.push(
      badges('appeal', r),
      secret,
      rows([
        ['内容', r.content],
        ['地点', [label(`appeal.district.${r.location.district}`, ''), r.location.address].filter(Boolean).join(' ')],
        ['承办单位', unitName(r.unitId)],
        ['建议派往', r.routing?.unitId ? unitName(r.routing.unitId) : '无（需人工派单）'],
        ['联系人', r.contact ? `${r.contact.name} ${r.contact.phone}` : r.confidential ? '（保密）' : undefined],
        ['企业', r.enterprise?.name],
        ['提交时间', when(r.createdAt)]
      ])
    )
    if (r.replies?.length)
      body.push(el('h3', { text: '答复' }), rows(r.replies.map((p) => [`${when(p.at)} ${unitName(p.unitId)}`, p.text])))
  } else {
    const matter = matterOf(r.matterId)
    // in the form's order; an answer the form no longer asks comes last, under its id
    const order = (k) => {
      const i = matter?.fields.findIndex((f) => f.id === k) ?? -1
      return i < 0 ? Infinity : i
    }
    const answers = Object.entries(r.answers ?? {})
      .sort(([a], [b]) => order(a) - order(b))
      .map(([k, v]) => {
        const field = matter?.fields.find((f) => f.id === k)
        return [field?.label ?? k, field?.options?.[v] ?? v]
      })
    body.push(
      badges('application', r),
      rows([
        ['事项', r.matterName],
        ['申请人', `${r.applicant.name} ${r.applicant.idNumber} ${r.applicant.phone}`],
        ['企业', r.applicant.company?.name],
        ['提交时间', when(r.createdAt)],
        ['决定', r.decision ? `${r.decision.outcome === 'approved' ? '准予' : '不予'}：${r.decision.text}` : undefined],
        ['补正要求', r.amendRequest?.note]
      ]),
      answers.length ? el('h3', { text: '申请内容' }) : null,
      answers.length ? rows(answers) : null
    )
    if (r.payments?.length)
      body.push(
        el('h3', { text: '发放' }),
        rows(
          r.payments.map((p) => [p.label, `${p.dueOn} 起${p.paidAt ? `，已于 ${when(p.paidAt)} 发放` : '，未发放'}`])
        )
      )
  }
  body.push(
    el('h3', { text: '时限' }),
    deadlineLines(sel.kind, r),
    el('h3', { text: '办理记录' }),
    timeline(sel.kind, r)
  )
  $('detail').replaceChildren(...body.filter(Boolean))
  renderActions(sel.kind, r)
}

function renderActions(kind, r) {
  const events = kind === 'appeal' ? appealActions(r) : applicationActions(r)
  $('actions').hidden = events.length === 0
  if (!events.length) return
  const select = $('action')
  const previous = select.value
  select.replaceChildren(...events.map((e) => el('option', { value: e, text: eventName(kind, e, r) })))
  select.value = events.includes(previous) ? previous : events[0]
  select.onchange = () => renderActionFields(kind, r)
  $('action-error').textContent = ''
  renderActionFields(kind, r)
}

function renderActionFields(kind, r) {
  const event = $('action').value
  const needs = (kind === 'appeal' ? APPEAL_NEEDS : APPLICATION_NEEDS)[event] ?? []
  const fields = needs.map(([name, required, text]) => {
    const mark = required ? '（必填）' : ''
    if (name === 'unit') {
      const proposed = r.routing?.unitId
      const units = state.meta.units.filter((u) => u.id !== (event === 'reassign' ? r.unitId : undefined))
      return el(
        'div',
        { class: 'field' },
        el('label', { for: 'f-unit', text: `承办单位${mark}` }),
        el(
          'select',
          { id: 'f-unit', required },
          el('option', { value: '', text: '请选择承办单位' }),
          units.map((u) =>
            el('option', {
              value: u.id,
              text: u.id === proposed ? `${u.name}（建议）` : u.name,
              selected: u.id === proposed
            })
          )
        )
      )
    }
    if (name === 'outcome') {
      const subsidy = isSubsidy(r)
      const consult = r.workflow === 'consultation'
      const options = [
        ['approved', consult ? '达成合作意向' : subsidy ? '通过' : '准予'],
        ['denied', consult ? '暂未达成' : subsidy ? '不予通过' : '不予']
      ]
      return el(
        'fieldset',
        {},
        el('legend', { text: `决定${mark}` }),
        options.map(([value, text], i) =>
          el(
            'label',
            { class: 'check' },
            el('input', { type: 'radio', name: 'f-outcome', value, checked: i === 0 }),
            text
          )
        )
      )
    }
    if (name === 'asked') {
      const matter = matterOf(r.matterId)
      const items = [
        ...(matter?.fields ?? []).map((f) => [`f:${f.id}`, f.label]),
        ...(matter?.materials ?? []).map((m) => [`m:${m.id}`, `材料：${m.name}`])
      ]
      return el(
        'fieldset',
        {},
        el('legend', { text: `需要补正的项目${mark}` }),
        items.map(([value, text]) =>
          el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'f-asked', value }), text)
        )
      )
    }
    const id = `f-${name}`
    return el(
      'div',
      { class: 'field' },
      el('label', { for: id, text: `${text}${mark}` }),
      el('textarea', { id, required, maxlength: 500 })
    )
  })
  // 记录发放 pays the first instalment not yet paid: say which
  const next = event === 'pay' ? r.payments?.find((p) => p.paidAt === undefined) : undefined
  if (next) fields.unshift(el('p', { class: 'hint', text: `本次发放：${next.label}（应于 ${next.dueOn} 起）` }))
  $('action-fields').replaceChildren(...fields)
}

function commandOf(kind) {
  const event = $('action').value
  const value = (id) => $(id)?.value.trim() ?? ''
  if (kind === 'appeal') {
    const actor = state.session.role
    if (event === 'dispatch' || event === 'reassign') {
      if (!value('f-unit')) return { error: errorText('appeal.unit.required') }
      return { command: { actor, event, unitId: value('f-unit') } }
    }
    if (event === 'return') return { command: { actor, event, note: value('f-note') } }
    if (event === 'reply') return { command: { actor, event, text: value('f-text'), attachments: [] } }
    return { command: { actor, event } }
  }
  const actor = 'office'
  const note = value('f-note')
  if (event === 'requestAmend') {
    const asked = [...document.querySelectorAll('input[name="f-asked"]:checked')].map((i) => i.value)
    return {
      command: {
        actor,
        event,
        note,
        fields: asked.filter((k) => k.startsWith('f:')).map((k) => k.slice(2)),
        materials: asked.filter((k) => k.startsWith('m:')).map((k) => k.slice(2))
      }
    }
  }
  if (event === 'decide') {
    const outcome = document.querySelector('input[name="f-outcome"]:checked')?.value
    return { command: { actor, event, outcome, text: value('f-text') } }
  }
  if (['accept', 'review', 'publicize', 'pay'].includes(event))
    return { command: { actor, event, ...(note ? { note } : {}) } }
  return { command: { actor, event, note } }
}

async function act(e) {
  e.preventDefault()
  const sel = state.selected
  const r = (sel.kind === 'appeal' ? state.appeals : state.applications).find((x) => x.id === sel.id)
  const made = commandOf(sel.kind)
  const error = $('action-error')
  if (made.error) {
    error.textContent = made.error
    return
  }
  const button = $('action-submit')
  button.disabled = true
  error.textContent = ''
  const path = `/office/${sel.kind === 'appeal' ? 'appeals' : 'applications'}/${encodeURIComponent(r.id)}/events`
  try {
    const updated = await api(path, { method: 'POST', body: made.command, key: newKey() })
    const list = sel.kind === 'appeal' ? state.appeals : state.applications
    const index = list.findIndex((x) => x.id === r.id)
    // a unit that passed the appeal on no longer holds it
    const stillMine = sel.kind !== 'appeal' || state.session.role !== 'unit' || updated.unitId === state.session.unitId
    if (stillMine) list[index] = updated
    else {
      list.splice(index, 1)
      state.selected = null
    }
    showNotice(`已${eventName(sel.kind, made.command.event, r)}：${r.reference}`)
    render()
  } catch (err) {
    if (state.session) error.textContent = errorText(err.reason)
  } finally {
    button.disabled = false
  }
}

function renderAudit() {
  $('audit').replaceChildren(
    ...state.audit.map((l) =>
      el(
        'tr',
        {},
        el('td', { 'data-label': '时间', text: when(l.at) }),
        el('td', { 'data-label': '账号', text: l.username }),
        el('td', {
          'data-label': '角色',
          text: `${ROLE_NAMES[l.role] ?? l.role}${l.unitId ? `：${unitName(l.unitId)}` : ''}${l.departmentId ? `：${departmentName(l.departmentId)}` : ''}`
        }),
        el('td', { 'data-label': '记录', text: `${KIND_NAMES[l.kind] ?? l.kind} ${l.recordId}` }),
        el('td', { 'data-label': '操作', text: auditEventName(l) }),
        el('td', {
          'data-label': '操作后状态',
          text:
            l.kind === 'account'
              ? l.statusAfter === 'changed'
                ? '已修改'
                : l.statusAfter
              : label(`${l.kind}.status.${l.statusAfter}`, l.statusAfter)
        })
      )
    )
  )
  if (!state.audit.length) $('audit').replaceChildren(el('tr', {}, el('td', { colspan: 6, text: '暂无操作记录' })))
}

function auditEventName(l) {
  if (l.kind === 'account') return l.event === 'password' ? '修改密码' : l.event
  if (l.event === 'followUp') return '记录差评回访'
  return eventName(l.kind, l.event)
}

// ── 提醒与回访 ──────────────────────────────────────────────────────────────────────────────────────────────
const recordOf = (kind, id) => (kind === 'appeal' ? state.appeals : state.applications).find((r) => r.id === id)

/** a reminder's deadline is still open on the record as loaded (a record not loaded counts as open) */
function markOpen(m) {
  const r = recordOf(m.recordKind, m.recordId)
  if (!r) return true
  if (m.recordKind === 'appeal') {
    if (['closed', 'withdrawn'].includes(r.status)) return false
    const d = r.deadlines.find((x) => x.kind === m.item && x.dueAt === m.dueAt)
    return !!d && d.metAt === undefined
  }
  const follow = (r.ratings ?? [])
    .map((x) => x.followUp)
    .find((f) => f && (m.item === 'callback' ? f.callbackDueAt : f.rectifyDueAt) === m.dueAt)
  return !!follow && (m.item === 'callback' ? follow.calledBackAt : follow.rectifiedAt) === undefined
}

/** one line per deadline still open: its overdue mark, or its reminder until then; the most pressing first */
function currentReminders() {
  const latest = new Map()
  for (const m of state.reminders) {
    const key = `${m.recordKind}|${m.recordId}|${m.item}|${m.dueAt}`
    if (!latest.has(key) || m.kind === 'overdue') latest.set(key, m)
  }
  return [...latest.values()]
    .filter(markOpen)
    .sort((a, b) => (a.kind === b.kind ? a.dueAt - b.dueAt : a.kind === 'overdue' ? -1 : 1))
}

function recordLink(kind, id) {
  const r = recordOf(kind, id)
  const name = `${KIND_NAMES[kind]} ${r?.reference ?? id}`
  if (!r) return el('span', { class: 'ref', text: name })
  return el('button', {
    type: 'button',
    class: 'link ref',
    text: name,
    onclick: () => {
      state.tab = kind === 'appeal' ? 'appeals' : 'applications'
      select(kind, id)
    }
  })
}

function renderTasks() {
  const role = state.session.role
  $('tasks-hint').textContent =
    role === 'center'
      ? '全部诉求和申办的时限提醒与差评回访任务，供督办查看。'
      : role === 'unit'
        ? '本单位承办诉求的时限提醒与差评回访任务。诉求因第二次差评办结后，回访在这里记录。'
        : '本部门事项申办的时限提醒与差评回访任务；回访和整改在申办详情中办理。'
  const marks = currentReminders()
  $('reminders-count').textContent = marks.length
    ? `共 ${marks.length} 项，其中已超期 ${marks.filter((m) => m.kind === 'overdue').length} 项`
    : '暂无需要处理的时限提醒'
  $('reminders').replaceChildren(
    ...marks.map((m) =>
      el(
        'li',
        { class: 'task' },
        recordLink(m.recordKind, m.recordId),
        el(
          'span',
          { class: 'badges' },
          m.kind === 'overdue'
            ? el('span', { class: 'badge badge--overdue', text: '⚠ 已超期' })
            : el('span', { class: 'badge badge--soon', text: '◷ 即将到期' }),
          el('span', { class: 'badge', text: `事项：${ITEM_NAMES[m.item] ?? m.item}` })
        ),
        el('span', {
          text: `截止 ${when(m.dueAt)}${m.unitId && role !== 'unit' ? `；承办：${unitName(m.unitId)}` : ''}（${m.kind === 'overdue' ? '标记超期' : '提醒'}于 ${when(m.at)}）`
        })
      )
    )
  )
  const tasks = state.followUps
  const open = tasks.filter((t) => t.state !== 'done').length
  $('follow-ups-count').textContent = tasks.length ? `共 ${tasks.length} 项，未完成 ${open} 项` : '暂无差评回访任务'
  $('follow-ups').replaceChildren(...tasks.map(followUpItem))
}

function followUpItem(t) {
  const now = Date.now()
  const step = (name, dueAt, metAt) =>
    el('li', {
      text: `${name}：${when(dueAt)} 前${metAt !== undefined ? `（已于 ${when(metAt)} 完成）` : t.state !== 'done' && dueAt < now ? '（已超期）' : ''}`
    })
  const stateBadge =
    t.state === 'done'
      ? el('span', { class: 'badge badge--done', text: '✓ 状态：已完成' })
      : t.state === 'overdue'
        ? el('span', { class: 'badge badge--overdue', text: '⚠ 状态：已超期' })
        : el('span', { class: 'badge', text: '状态：待回访' })
  const record = recordOf(t.recordKind, t.recordId)
  const closed = t.recordKind === 'appeal' && record && ['closed', 'withdrawn'].includes(record.status)
  let action = null
  if (t.state !== 'done' && state.session.role === 'unit' && t.recordKind === 'appeal') {
    action = closed
      ? doneForm(t)
      : el('p', { class: 'hint', text: '诉求重办中：回访由“联系诉求人”记录，整改由“答复”记录。' })
  } else if (t.state !== 'done' && t.recordKind === 'application' && state.session.role === 'department')
    action = el('p', { class: 'hint', text: '请在申办详情中办理“回访”和“整改”。' })
  return el(
    'li',
    { class: 'task', 'data-follow-up': t.id },
    recordLink(t.recordKind, t.recordId),
    el(
      'span',
      { class: 'badges' },
      stateBadge,
      el('span', { class: 'badge', text: `第 ${t.round} 次评价：${LEVEL_NAMES[t.level] ?? t.level}` })
    ),
    el(
      'ul',
      { class: 'steps' },
      step('回访', t.callbackDueAt, t.calledBackAt),
      step('整改', t.rectifyDueAt, t.rectifiedAt)
    ),
    t.unitId && state.session.role === 'center' ? el('span', { text: `承办单位：${unitName(t.unitId)}` }) : null,
    t.doneAt !== undefined
      ? el('p', { class: 'done-note', text: `回访已记录：${t.doneBy ?? ''} 于 ${when(t.doneAt)}：${t.note ?? ''}` })
      : null,
    action
  )
}

function doneForm(t) {
  const id = `fu-note-${t.id}`
  const error = el('p', { class: 'error', role: 'alert' })
  const note = el('textarea', { id, required: true, maxlength: 500 })
  const button = el('button', { type: 'submit', class: 'primary', text: '记录回访' })
  return el(
    'form',
    {
      class: 'done-form',
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault()
        const text = note.value.trim()
        if (Array.from(text).length < 5) {
          error.textContent = errorText('followUp.noteRequired')
          note.focus()
          return
        }
        button.disabled = true
        error.textContent = ''
        try {
          const done = await api(`/office/follow-ups/${encodeURIComponent(t.id)}/done`, {
            method: 'POST',
            body: { note: text }
          })
          state.followUps = state.followUps.map((x) => (x.id === t.id ? done : x))
          showNotice(`已记录回访：${recordOf(t.recordKind, t.recordId)?.reference ?? t.recordId}`)
          render()
        } catch (err) {
          if (state.session) error.textContent = errorText(err.reason)
          button.disabled = false
        }
      }
    },
    el(
      'div',
      { class: 'field' },
      el('label', { for: id, text: '回访情况（必填，至少 5 个字，写明回访的时间、方式和结果）' }),
      note
    ),
    error,
    button
  )
}

// ── 修改密码 ────────────────────────────────────────────────────────────────────────────────────────────────
function openPassword() {
  if (state.tab !== 'password') state.beforePassword = state.tab
  state.tab = 'password'
  for (const id of ['password-current', 'password-new', 'password-again']) $(id).value = ''
  $('password-error').textContent = ''
  render()
  $('password-current').focus()
}

function closePassword() {
  state.tab = state.beforePassword || tabsFor()[0].id
  render()
}

async function changePassword(e) {
  e.preventDefault()
  const current = $('password-current').value
  const next = $('password-new').value
  const error = $('password-error')
  const problem =
    !current || !next
      ? 'office.password.invalid'
      : Array.from(next).length < PASSWORD_MIN
        ? 'office.password.tooShort'
        : next.trim().toLowerCase() === state.session.username.toLowerCase()
          ? 'office.password.username'
          : next !== $('password-again').value
            ? 'office.password.mismatch'
            : ''
  if (problem) {
    error.textContent = errorText(problem)
    return
  }
  const button = $('password-submit')
  button.disabled = true
  error.textContent = ''
  try {
    await api('/office/password', { method: 'POST', body: { currentPassword: current, newPassword: next } })
    for (const id of ['password-current', 'password-new', 'password-again']) $(id).value = ''
    closePassword()
    showNotice('密码已修改。本账号在其他设备或浏览器上的登录已全部退出。')
  } catch (err) {
    if (state.session) error.textContent = errorText(err.reason)
  } finally {
    button.disabled = false
  }
}

// ── start ───────────────────────────────────────────────────────────────────────────────────────────────────
async function start() {
  $('login-form').addEventListener('submit', login)
  $('logout').addEventListener('click', logout)
  $('password-open').addEventListener('click', openPassword)
  $('password-cancel').addEventListener('click', closePassword)
  $('password-form').addEventListener('submit', changePassword)
  $('tasks-refresh').addEventListener('click', () => load())
  $('action-form').addEventListener('submit', act)
  $('back').addEventListener('click', () => {
    const id = state.selected?.id
    state.selected = null
    render()
    document.querySelector(`#list button[data-id="${CSS.escape(id ?? '')}"]`)?.focus()
  })
  $('refresh').addEventListener('click', () => load())
  $('audit-more').addEventListener('click', () => loadAudit(true).then(render, (e) => showNotice(errorText(e.reason))))
  for (const id of ['filter-status', 'filter-due', 'filter-text']) $(id).addEventListener('input', () => render())
  try {
    state.meta = await (await fetch('meta.json')).json()
  } catch {
    showNotice(errorText('network'))
    return
  }
  state.session = loadSession()
  if (state.session) {
    scheduleExpiry()
    state.tab = tabsFor()[0].id
  }
  render()
  document.body.dataset.ready = 'true'
  if (state.session) await load()
  else $('username').focus()
}

start()
