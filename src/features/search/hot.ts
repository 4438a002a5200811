// 热门搜索: what people look for most, in the words they use.
export const HOT_QUERIES = ['社保查询', '公积金提取', '居民身份证', '驾驶证', '不动产登记', '出生一件事', '港澳通行证', '长辈版']
