export default definePageConfig({ navigationBarTitleText: '承办端（开发调试）' })
