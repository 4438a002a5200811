export default definePageConfig({ navigationBarTitleText: '文化场馆' })
