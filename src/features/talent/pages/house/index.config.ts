export default definePageConfig({ navigationBarTitleText: '住房详情' })
