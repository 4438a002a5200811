export default definePageConfig({ navigationBarTitleText: '景点地图' })
