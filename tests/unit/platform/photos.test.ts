// Appeal photos: the pure rules (what is refused, how far an image is scaled) and the parts of the
// pickers that run without a canvas: the web picker's size refusal and the WeChat save pipeline.
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    chooseMedia: jest.fn(),
    compressImage: jest.fn(),
    getFileSystemManager: jest.fn(),
    previewImage: jest.fn()
  }
}))

import Taro from '@tarojs/taro'
import { MAX_PHOTOS } from '@/core/appeals/form'
import { MAX_ORIGINAL_BYTES, choosePhotos } from '@/platform/photos'
import { dataUrlByteLength, partitionPicked, pickCount, targetSize } from '@/platform/photo-rules'
import * as weapp from '@/platform/photos.weapp'

const MB = 1024 * 1024
const mockTaro = jest.mocked(Taro)

describe('rules', () => {
  test('limits', () => {
    expect(MAX_PHOTOS).toBe(9)
    expect(MAX_ORIGINAL_BYTES).toBe(20 * MB)
  })

  test('pick count stays within 0..9', () => {
    expect(pickCount(3)).toBe(3)
    expect(pickCount(12)).toBe(9)
    expect(pickCount(-1)).toBe(0)
    expect(pickCount(2.7)).toBe(2)
    expect(pickCount(Number.NaN)).toBe(0)
  })

  test('originals over 20 MB are refused with their size; extras beyond the room left are dropped', () => {
    const files = [
      { id: 'a', size: 3 * MB },
      { id: 'b', size: 25 * MB },
      { id: 'c', size: 20 * MB },
      { id: 'd' },
      { id: 'e', size: 1 }
    ]
    const { accepted, rejected } = partitionPicked(files, 4)
    expect(accepted.map((f) => f.id)).toEqual(['a', 'c', 'd'])
    expect(rejected).toEqual([{ reason: 'tooLarge', size: 25 * MB }])
  })

  test('target size caps the long edge at 1280 by default and never upscales', () => {
    expect(targetSize(4032, 3024)).toEqual({ width: 1280, height: 960 })
    expect(targetSize(3024, 4032)).toEqual({ width: 960, height: 1280 })
    expect(targetSize(4032, 3024, 1600)).toEqual({ width: 1600, height: 1200 })
    expect(targetSize(800, 600)).toEqual({ width: 800, height: 600 })
    expect(targetSize(1280, 1280)).toEqual({ width: 1280, height: 1280 })
    expect(targetSize(20000, 10)).toEqual({ width: 1280, height: 1 })
    expect(targetSize(0, 100)).toEqual({ width: 0, height: 0 })
  })

  test('data URL size is the decoded byte count', () => {
    const bytes = (text: string) => `data:image/jpeg;base64,${Buffer.from(text).toString('base64')}`
    expect(dataUrlByteLength(bytes('abc'))).toBe(3)
    expect(dataUrlByteLength(bytes('abcd'))).toBe(4)
    expect(dataUrlByteLength(bytes('abcde'))).toBe(5)
    expect(dataUrlByteLength('data:,')).toBe(0)
    expect(dataUrlByteLength('blob:http://x/1')).toBe(0)
  })
})

describe('web picker', () => {
  function fakeFile(name: string, size: number): File {
    const file = new File(['x'], name, { type: 'image/jpeg' })
    Object.defineProperty(file, 'size', { value: size })
    return file
  }

  /** answers the next file input click with these files, or a cancel when null */
  function answerPicker(files: File[] | null): jest.SpyInstance {
    return jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementationOnce(function (this: HTMLInputElement) {
      if (files === null) {
        this.dispatchEvent(new Event('cancel'))
        return
      }
      Object.defineProperty(this, 'files', { value: files })
      this.dispatchEvent(new Event('change'))
    })
  }

  afterEach(() => jest.restoreAllMocks())

  test('an original over 20 MB is refused as tooLarge without being decoded', async () => {
    const click = answerPicker([fakeFile('huge.jpg', 21 * MB)])
    expect(await choosePhotos(9)).toEqual({ photos: [], rejected: [{ reason: 'tooLarge', size: 21 * MB }] })
    const input = click.mock.contexts[0] as HTMLInputElement
    expect(input.accept).toBe('image/*')
    expect(input.multiple).toBe(true)
    expect(input.isConnected).toBe(false)
  })

  test('closing the picker gives nothing', async () => {
    answerPicker(null)
    expect(await choosePhotos(3)).toEqual({ photos: [], rejected: [] })
  })

  test('no room left opens no picker', async () => {
    const click = jest.spyOn(HTMLInputElement.prototype, 'click')
    expect(await choosePhotos(0)).toEqual({ photos: [], rejected: [] })
    expect(click).not.toHaveBeenCalled()
  })
})

describe('WeChat', () => {
  const fs = { saveFile: jest.fn(), getFileInfo: jest.fn(), removeSavedFile: jest.fn() }

  beforeEach(() => {
    jest.resetAllMocks()
    mockTaro.getFileSystemManager.mockReturnValue(fs as unknown as Taro.FileSystemManager)
    fs.saveFile.mockImplementation(({ tempFilePath, success }) =>
      success({ savedFilePath: `wxfile://store_${tempFilePath}` })
    )
    fs.getFileInfo.mockImplementation(({ success }) => success({ size: 180_000 }))
    mockTaro.compressImage.mockImplementation(async ({ src }) => ({
      tempFilePath: `c-${src}`,
      errMsg: 'compressImage:ok'
    }))
  })

  test('picks up to the room left, compresses, saves and reports the saved size', async () => {
    mockTaro.chooseMedia.mockResolvedValueOnce({
      type: 'image',
      tempFiles: [
        { tempFilePath: 'tmp1', size: 2 * MB },
        { tempFilePath: 'tmp2', size: 30 * MB }
      ]
    } as unknown as Taro.chooseMedia.SuccessCallbackResult)
    const result = await weapp.choosePhotos(2)
    expect(mockTaro.chooseMedia.mock.calls[0][0]).toMatchObject({
      count: 2,
      mediaType: ['image'],
      sizeType: ['compressed']
    })
    expect(mockTaro.compressImage.mock.calls[0][0]).toMatchObject({ src: 'tmp1', quality: 70 })
    expect(result).toEqual({
      photos: [{ path: 'wxfile://store_c-tmp1', size: 180_000 }],
      rejected: [{ reason: 'tooLarge', size: 30 * MB }]
    })
  })

  test('a photo that cannot be saved comes back unreadable; cancel gives nothing; refusal is photos.denied', async () => {
    fs.saveFile.mockImplementationOnce(({ fail }) =>
      fail({ errMsg: 'saveFile:fail the maximum size of the file storage limit is exceeded' })
    )
    mockTaro.chooseMedia.mockResolvedValueOnce({
      type: 'image',
      tempFiles: [{ tempFilePath: 'tmp1', size: 100 }]
    } as unknown as Taro.chooseMedia.SuccessCallbackResult)
    expect(await weapp.choosePhotos(9)).toEqual({ photos: [], rejected: [{ reason: 'unreadable', size: 100 }] })
    mockTaro.chooseMedia.mockRejectedValueOnce({ errMsg: 'chooseMedia:fail cancel' })
    expect(await weapp.choosePhotos(9)).toEqual({ photos: [], rejected: [] })
    mockTaro.chooseMedia.mockRejectedValueOnce({ errMsg: 'chooseMedia:fail auth deny' })
    await expect(weapp.choosePhotos(9)).rejects.toThrow('photos.denied')
  })

  test('removePhoto frees the saved file and ignores one already gone', async () => {
    fs.removeSavedFile.mockImplementationOnce(({ fail }) => fail({ errMsg: 'removeSavedFile:fail file not exist' }))
    await expect(weapp.removePhoto({ path: 'wxfile://store_x', size: 1 })).resolves.toBeUndefined()
    expect(fs.removeSavedFile.mock.calls[0][0].filePath).toBe('wxfile://store_x')
  })
})
