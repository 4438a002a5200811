// Simplified Chinese text of every validation code. The Record type makes the compiler
// reject a code without a message; the 繁體 text is derived by the i18n layer.
import type { ValidationCode } from './codes'

export const VALIDATION_MESSAGES: Readonly<Record<ValidationCode, string>> = {
  'id.mainland.empty': '请输入身份证号码',
  'id.mainland.chars': '身份证号码只能包含数字，最后一位可以是字母X，请检查是否误输入了其他字母或符号',
  'id.mainland.legacy15': '15位旧身份证号码已停止使用，请输入第二代身份证上的18位号码',
  'id.mainland.length': '身份证号码应为18位，请核对位数是否多输或漏输',
  'id.mainland.region': '身份证号码前两位不是有效的省级行政区划代码，请核对开头数字',
  'id.mainland.birthDate': '身份证号码第7至14位的出生日期无效，请核对年月日（如19900101）',
  'id.mainland.birthDateFuture': '身份证号码中的出生日期晚于今天，请核对第7至14位',
  'id.mainland.checkDigit': '身份证号码校验位不正确，请核对最后一位（可能是数字或X），或检查前面是否有数字输错',

  'id.hk.empty': '请输入香港身份证号码',
  'id.hk.chars': '香港身份证号码只能包含英文字母、数字和括号，请删除其他符号',
  'id.hk.format': '香港身份证号码格式应为1至2个英文字母加6位数字，再加括号内的1位校验码，如A123456(3)',
  'id.hk.checkDigit': '香港身份证号码括号内的校验码与号码不符，请核对括号内的数字或字母A',

  'id.mo.empty': '请输入澳门居民身份证号码',
  'id.mo.chars': '澳门居民身份证号码只能包含数字和括号，请删除其他符号',
  'id.mo.length': '澳门居民身份证号码应为8位数字（含括号内的1位），如1234567(8)',
  'id.mo.format': '澳门居民身份证号码格式应为7位数字加括号内的1位数字，如1234567(8)',
  'id.mo.firstDigit': '澳门居民身份证号码应以1、5或7开头，请核对第一位数字',

  'id.hkmoPermit.empty': '请输入港澳居民来往内地通行证（回乡证）号码',
  'id.hkmoPermit.chars': '回乡证号码只能由开头的字母H或M和数字组成，请删除其他字母或符号',
  'id.hkmoPermit.prefix': '回乡证号码应以字母H（香港居民）或M（澳门居民）开头',
  'id.hkmoPermit.length': '回乡证号码应为H或M加8位数字（新版证件也可填写证件上的11位号码）',

  'id.type.unknown': '请选择证件类型',

  'phone.empty': '请输入手机号码',
  'phone.chars': '电话号码只能包含数字，可带+号区号，请删除字母或其他符号',
  'phone.regionMismatch': '号码的区号与所选地区不一致（支持内地+86、香港+852、澳门+853），请切换所选地区或删除区号',
  'phone.region.unknown': '请选择号码所属地区（内地、香港或澳门）',
  'phone.cn.length': '内地手机号码应为11位数字，请核对位数',
  'phone.cn.prefix': '内地手机号码应以13至19开头，请核对号码',
  'phone.hk.length': '香港电话号码应为8位数字（不含区号852）',
  'phone.hk.prefix': '香港电话号码应以2至9开头，请核对第一位数字',
  'phone.mo.length': '澳门电话号码应为8位数字（不含区号853）',
  'phone.mo.prefix': '澳门电话号码应以6（手机）或28（固定电话）开头',

  'name.empty': '请输入姓名',
  'name.tooShort': '姓名至少需要2个字，请填写证件上的完整姓名',
  'name.tooLong': '姓名不能超过30个字符，请填写证件上的姓名',
  'name.chars': '姓名只能包含汉字、英文字母、空格或间隔号（·），不能有数字或其他符号',
  'name.mixedScripts': '请按证件填写中文姓名或英文姓名其中之一，不要混合填写',
  'name.punctuation': '姓名中的间隔号或标点位置不正确，不能放在开头或结尾，也不能连续使用',

  'caseRef.empty': '请输入受理编号',
  'caseRef.prefix': '受理编号应以JM开头，请核对受理回执上的编号',
  'caseRef.chars': '受理编号JM之后应全部为数字，请检查是否误输入了字母（如把0输成O）',
  'caseRef.length': '受理编号应为16位：JM加14位数字，如JM20261103000127',
  'caseRef.date': '受理编号中的日期（JM后的8位）不是有效日期，请核对编号'
}

/** Simplified Chinese message of a code; the code itself for an unknown one. */
export function validationMessage(code: string): string {
  return (VALIDATION_MESSAGES as Record<string, string>)[code] ?? code
}
