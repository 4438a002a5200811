export default definePageConfig({ navigationBarTitleText: '景点详情', enableShareAppMessage: true })
