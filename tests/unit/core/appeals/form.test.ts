import fc from 'fast-check'
import { APPEAL_CODES } from '@/core/appeals/codes'
import {
  APPEAL_FIELDS,
  MAX_PHOTO_BYTES,
  firstInvalidField,
  validateAppealForm,
  type AppealDraft,
  type AppealField,
  type AppealFormOptions
} from '@/core/appeals/form'
import type { CityId } from '@/core/domain'
import { VALIDATION_CODES } from '@/core/validators'

const JIANGMEN: AppealFormOptions = { cities: ['jiangmen'] }
const SHENJIANG: AppealFormOptions = { cities: ['shenzhen', 'jiangmen'] }

const valid = (): AppealDraft => ({
  type: 'complaint',
  channel: 'personal',
  categoryCode: '0301',
  tags: ['噪音', '夜间施工'],
  content: '小区旁边的工地每天晚上十一点后还在施工，噪音很大，影响休息。',
  location: { city: 'jiangmen', district: 'pengjiang', address: '蓬江区建设三路88号' },
  photos: [{ path: 'p1.jpg', size: 500_000 }],
  contact: { name: '陈大文', phoneRegion: 'cn', phone: '13812345678' },
  confidential: false
})

const enterprise = (): AppealDraft => ({
  ...valid(),
  channel: 'enterprise',
  enterprise: { name: '江门市某某科技有限公司', creditCode: '91440700MA4UQ2XX3Q' }
})

describe('validateAppealForm', () => {
  test('a complete personal and enterprise draft have no errors', () => {
    expect(validateAppealForm(valid(), JIANGMEN)).toEqual({})
    expect(validateAppealForm(enterprise(), JIANGMEN)).toEqual({})
    expect(
      validateAppealForm({ ...valid(), location: { city: 'shenzhen', address: '南山区科技园' } }, SHENJIANG)
    ).toEqual({})
  })

  // each field broken alone reports its own code, and nothing else
  const cases: [string, (d: AppealDraft) => AppealDraft, AppealField, string, AppealFormOptions?][] = [
    ['no channel', (d) => ({ ...d, channel: undefined }), 'channel', 'appeal.channel.required'],
    ['unknown channel', (d) => ({ ...d, channel: 'company' as never }), 'channel', 'appeal.channel.required'],
    ['no type', (d) => ({ ...d, type: null }), 'type', 'appeal.type.required'],
    ['no category', (d) => ({ ...d, categoryCode: ' ' }), 'categoryCode', 'appeal.category.required'],
    [
      'not a leaf',
      (d) => d,
      'categoryCode',
      'appeal.category.notLeaf',
      { cities: ['jiangmen'], isLeaf: (c) => c.length > 4 }
    ],
    ['five tags', (d) => ({ ...d, tags: ['a', 'b', 'c', 'd', 'e'] }), 'tags', 'appeal.tags.tooMany'],
    ['same tag twice', (d) => ({ ...d, tags: ['噪音', ' 噪音 '] }), 'tags', 'appeal.tags.duplicate'],
    ['empty tag', (d) => ({ ...d, tags: ['噪音', ''] }), 'tags', 'appeal.tags.length'],
    ['13-character tag', (d) => ({ ...d, tags: ['噪'.repeat(13)] }), 'tags', 'appeal.tags.length'],
    ['no content', (d) => ({ ...d, content: ' \n ' }), 'content', 'appeal.content.empty'],
    ['short content', (d) => ({ ...d, content: '太吵了' }), 'content', 'appeal.content.tooShort'],
    ['long content', (d) => ({ ...d, content: '吵'.repeat(1001) }), 'content', 'appeal.content.tooLong'],
    [
      'no city',
      (d) => ({ ...d, location: { address: '建设三路88号' } }),
      'location.city',
      'appeal.location.cityRequired'
    ],
    [
      'city outside the zone',
      (d) => ({ ...d, location: { city: 'zhongshan', address: '石岐区' } }),
      'location.city',
      'appeal.location.cityOutsideZone'
    ],
    [
      'Jiangmen without district',
      (d) => ({ ...d, location: { city: 'jiangmen', address: '建设三路88号' } }),
      'location.district',
      'appeal.location.districtRequired'
    ],
    [
      'unknown district',
      (d) => ({ ...d, location: { ...d.location, district: 'nanshan' as never } }),
      'location.district',
      'appeal.location.districtInvalid'
    ],
    [
      'district outside Jiangmen',
      (d) => ({ ...d, location: { city: 'shenzhen', district: 'xinhui', address: '南山区科技园' } }),
      'location.district',
      'appeal.location.districtInvalid',
      SHENJIANG
    ],
    [
      'no address',
      (d) => ({ ...d, location: { ...d.location, address: '' } }),
      'location.address',
      'appeal.location.addressEmpty'
    ],
    [
      'one-character address',
      (d) => ({ ...d, location: { ...d.location, address: '桥' } }),
      'location.address',
      'appeal.location.addressTooShort'
    ],
    [
      'long address',
      (d) => ({ ...d, location: { ...d.location, address: '路'.repeat(101) } }),
      'location.address',
      'appeal.location.addressTooLong'
    ],
    [
      'ten photos',
      (d) => ({ ...d, photos: Array.from({ length: 10 }, (_, i) => ({ path: `${i}.jpg`, size: 1 })) }),
      'photos',
      'appeal.photos.tooMany'
    ],
    [
      'large photo',
      (d) => ({ ...d, photos: [{ path: 'a.jpg', size: MAX_PHOTO_BYTES + 1 }] }),
      'photos',
      'appeal.photos.tooLarge'
    ],
    ['no contact name', (d) => ({ ...d, contact: { ...d.contact, name: '' } }), 'contact.name', 'name.empty'],
    ['bad contact name', (d) => ({ ...d, contact: { ...d.contact, name: '陈大文2' } }), 'contact.name', 'name.chars'],
    ['no phone', (d) => ({ ...d, contact: { ...d.contact, phone: '' } }), 'contact.phone', 'phone.empty'],
    [
      'phone of another region',
      (d) => ({ ...d, contact: { ...d.contact, phoneRegion: 'hk' } }),
      'contact.phone',
      'phone.hk.length'
    ],
    [
      'confidential not chosen',
      (d) => ({ ...d, confidential: undefined }),
      'confidential',
      'appeal.confidential.invalid'
    ]
  ]
  // every row padded to five values: jest takes a missing last argument for a done callback
  test.each(
    cases.map(([name, change, field, code, options]) => [name, change, field, code, options ?? JIANGMEN] as const)
  )('%s', (_, change, field, code, options) => {
    expect(validateAppealForm(change(valid()), options)).toEqual({ [field]: code })
  })

  test.each([
    [
      'no enterprise',
      { enterprise: undefined },
      { 'enterprise.name': 'enterpriseName.empty', 'enterprise.creditCode': 'creditCode.empty' }
    ],
    [
      'bad name',
      { enterprise: { name: '公', creditCode: '91440700MA4UQ2XX3Q' } },
      { 'enterprise.name': 'enterpriseName.length' }
    ],
    [
      'bad credit code',
      { enterprise: { name: '江门市某某科技有限公司', creditCode: '91440700MA4UQ2XX30' } },
      { 'enterprise.creditCode': 'creditCode.checkChar' }
    ]
  ])('enterprise channel: %s', (_, change, errors) => {
    expect(validateAppealForm({ ...enterprise(), ...change }, JIANGMEN)).toEqual(errors)
  })

  test('the enterprise fields are ignored on the personal channel', () => {
    expect(validateAppealForm({ ...valid(), enterprise: { name: '', creditCode: 'x' } }, JIANGMEN)).toEqual({})
  })

  test('an empty draft reports every required field, in form order', () => {
    const errors = validateAppealForm({}, JIANGMEN)
    expect(Object.keys(errors).sort()).toEqual(
      [
        'channel',
        'type',
        'categoryCode',
        'content',
        'location.city',
        'location.address',
        'contact.name',
        'contact.phone',
        'confidential'
      ].sort()
    )
    expect(firstInvalidField(errors)).toBe('channel')
    expect(firstInvalidField({ 'contact.phone': 'phone.empty', content: 'appeal.content.empty' })).toBe('content')
    expect(firstInvalidField({})).toBeNull()
  })

  test('every code the form returns has a message catalogue entry', () => {
    const known = new Set<string>([...APPEAL_CODES, ...VALIDATION_CODES])
    for (const [, change, , code, options] of cases) {
      for (const c of Object.values(validateAppealForm(change(valid()), options ?? JIANGMEN)))
        expect(known.has(c as string)).toBe(true)
      expect(known.has(code)).toBe(true)
    }
    expect(new Set(APPEAL_FIELDS).size).toBe(APPEAL_FIELDS.length)
  })
})

describe('content length', () => {
  const check = (content: string) => validateAppealForm({ ...valid(), content }, JIANGMEN).content

  test.each([
    [9, 'appeal.content.tooShort'],
    [10, undefined],
    [1000, undefined],
    [1001, 'appeal.content.tooLong']
  ])('%i characters → %s', (n, code) => {
    expect(check('吵'.repeat(n))).toBe(code)
    // astral characters count once, although each is two UTF-16 units
    expect(check('𠮷'.repeat(n))).toBe(code)
    expect(check('😀'.repeat(n))).toBe(code)
    // surrounding whitespace does not count; inner whitespace does
    expect(check(`  \n${'a'.repeat(n)}\u3000 \t`)).toBe(code)
  })

  test('inner spaces are characters', () => {
    expect(check('a b c d e ')).toBe('appeal.content.tooShort') // 9 after trimming
    expect(check('a b c d e f')).toBeUndefined()
  })

  test('property: accepted exactly when 10–1000 code points after trimming', () => {
    const unit = fc.oneof(fc.constantFrom('吵', '𠮷', '😀', 'a', ' ', '\n', '\u3000'), fc.fullUnicode())
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 1100 }), (chars) => {
        const content = chars.join('')
        const n = Array.from(content.trim()).length
        const code = check(content)
        if (n === 0) expect(code).toBe('appeal.content.empty')
        else if (n < 10) expect(code).toBe('appeal.content.tooShort')
        else if (n > 1000) expect(code).toBe('appeal.content.tooLong')
        else expect(code).toBeUndefined()
      }),
      { numRuns: 300 }
    )
  })
})

describe('robustness', () => {
  test('property: never throws, and only names known fields', () => {
    const anything = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.array(fc.string())
    )
    fc.assert(
      fc.property(
        fc.record({
          type: anything,
          channel: fc.oneof(anything, fc.constantFrom('personal', 'enterprise')),
          categoryCode: anything,
          tags: anything,
          content: anything,
          location: fc.oneof(
            fc.constant(undefined),
            fc.record({ city: anything, district: anything, address: anything })
          ),
          photos: anything,
          contact: fc.oneof(
            fc.constant(undefined),
            fc.record({ name: anything, phoneRegion: anything, phone: anything })
          ),
          enterprise: fc.oneof(fc.constant(null), fc.record({ name: anything, creditCode: anything })),
          confidential: anything
        }),
        fc.subarray(['jiangmen', 'shenzhen', 'zhongshan'] as CityId[]),
        (draft, cities) => {
          const errors = validateAppealForm(draft as unknown as AppealDraft, { cities })
          for (const field of Object.keys(errors)) expect(APPEAL_FIELDS).toContain(field)
        }
      ),
      { numRuns: 300 }
    )
  })
})
