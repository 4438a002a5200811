export default definePageConfig({ navigationBarTitleText: '招商服务' })
