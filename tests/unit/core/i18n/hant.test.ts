// The 繁體 table shipped instead of a converter must reproduce OpenCC exactly.
import fc from 'fast-check'
import { convertJson, createHantConverter } from '@/core/i18n/hant'
import { createTranslate, localeFromSystemLanguage } from '@/core/i18n'
import services from '@/data/gov/services.json'
import table from '@/generated/hant-table.json'
import { buildHantTable, PHRASE_FIXES, toHant } from '../../../../scripts/lib/hant'

const convert = createHantConverter(table as never)

test('the shipped table reproduces OpenCC on every prose string of the catalogue', () => {
  const strings: string[] = []
  convertJson(services, (s) => (strings.push(s), s))
  expect(strings.length).toBeGreaterThan(3000)
  const wrong = strings.filter((s) => convert(s) !== toHant(s))
  expect(wrong).toEqual([])
})

test('context decides: 委托 becomes 委託, 复印件 becomes 複印件, 头发 becomes 頭髮', () => {
  const local = createHantConverter(buildHantTable(['委托他人代办', '复印件1份', '头发', '发布通知']))
  expect(local('委托他人代办')).toBe('委託他人代辦')
  expect(local('复印件1份')).toBe('複印件1份')
  expect(local('头发')).toBe('頭髮')
  expect(local('发布通知')).toBe('發佈通知')
})

test('phrase fixes: signing is 簽, issuing 發, a cancelled registration 註銷, wherever OpenCC guessed otherwise', () => {
  expect(toHant('买卖双方已签订存量房买卖合同并完成网签')).toBe('買賣雙方已簽訂存量房買賣合同並完成網簽')
  expect(toHant('委托银行面签')).toBe('委託銀行面簽')
  expect(toHant('在证书上签注抵押')).toBe('在證書上簽註抵押')
  expect(toHant('换发营业执照，资金发放至账户')).toBe('換發營業執照，資金發放至賬户')
  expect(toHant('抵押注销登记')).toBe('抵押註銷登記')
  expect(toHant('年满16周岁')).toBe('年滿16周歲')
  // where OpenCC is right it is kept: a tag is still 標籤, hair still 髮
  expect(toHant('标签')).toBe('標籤')
  expect(toHant('理发')).toBe('理髮')
  const local = createHantConverter(buildHantTable(['已网签备案', '换发驾驶证']))
  expect(local('已网签备案')).toBe('已網簽備案')
  expect(local('换发驾驶证')).toBe('換發駕駛證')
})

test('every phrase fix keeps one character for one and changes what OpenCC alone would give', () => {
  for (const [hans, hant] of PHRASE_FIXES) {
    expect(Array.from(hant)).toHaveLength(Array.from(hans).length)
    expect(toHant(hans)).toBe(hant)
  }
})

test('a service kind (事项类型) is prose and is converted', () => {
  expect(convertJson({ kind: '公共服务' }, convert)).toEqual({ kind: '公共服務' })
})

test('identifiers are never converted', () => {
  const out = convertJson({ id: 'svc-0001', name: '社会保险', phone: '0750-1234567', hallIds: ['h'] }, convert)
  expect(out).toEqual({ id: 'svc-0001', name: '社會保險', phone: '0750-1234567', hallIds: ['h'] })
})

test('property: conversion keeps one character for one, so highlight ranges still fit', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => Array.from(convert(s)).length === Array.from(s).length))
})

test('translate fills parameters and shows unknown keys as themselves', () => {
  const t = createTranslate({ a: '共 {count} 项，{missing}' })
  expect(t('a', { count: 3 })).toBe('共 3 项，{missing}')
  expect(t('nope')).toBe('nope')
})

test.each([
  ['zh-HK', 'zh-Hant'],
  ['zh_MO', 'zh-Hant'],
  ['zh-TW', 'zh-Hant'],
  ['zh-Hant-HK', 'zh-Hant'],
  ['zh_CN', 'zh-Hans'],
  ['en', 'zh-Hans'],
  [undefined, 'zh-Hans']
])('system language %s starts in %s', (language, locale) => {
  expect(localeFromSystemLanguage(language)).toBe(locale)
})
