// The 繁體 table shipped instead of a converter must reproduce OpenCC exactly.
import fc from 'fast-check'
import { convertJson, createHantConverter } from '@/core/i18n/hant'
import { createTranslate, localeFromSystemLanguage } from '@/core/i18n'
import services from '@/data/gov/services.json'
import table from '@/generated/hant-table.json'
import { buildHantTable, toHant } from '../../../../scripts/lib/hant'

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
