// Taro 4 needs both variables in jest, or pages never render.
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
