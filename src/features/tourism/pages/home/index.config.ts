export default definePageConfig({ navigationBarTitleText: '文旅服务', enableShareAppMessage: true })
