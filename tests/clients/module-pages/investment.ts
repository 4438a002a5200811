// What the 招商服务 pages show on first render in the WeChat and Alipay checks (tests/clients/expectations.ts).
import type { PageExpectation } from '../expectations'

export const PAGES: Record<string, PageExpectation> = {}
