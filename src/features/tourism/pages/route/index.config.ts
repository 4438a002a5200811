export default definePageConfig({ navigationBarTitleText: '线路详情', enableShareAppMessage: true })
