export default definePageConfig({ navigationBarTitleText: '我要诉求' })
