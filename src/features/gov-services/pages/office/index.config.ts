export default definePageConfig({ navigationBarTitleText: '在线申办 · 受理端' })
