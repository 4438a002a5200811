export default definePageConfig({ navigationBarTitleText: '人才服务' })
