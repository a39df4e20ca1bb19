import Taro from '@tarojs/taro'

/**
 * Hands a text file to the person: in H5 a download; in the mini-program the file is written to the
 * user data folder and offered to send to a chat (e.g. 文件传输助手; 电脑微信 opens it), WeChat's way of
 * saving a file.
 */
export async function saveTextFile(filename: string, text: string, mime = 'application/json'): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`
    await new Promise<void>((resolve, reject) =>
      Taro.getFileSystemManager().writeFile({
        filePath,
        data: text,
        encoding: 'utf8',
        success: () => resolve(),
        fail: (error) => reject(new Error(error.errMsg)),
      }),
    )
    await Taro.shareFileMessage({ filePath, fileName: filename })
    return
  }
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

const BOM = '\uFEFF'

/** A CSV for Excel: UTF-8 with a BOM, or Excel garbles Chinese. */
export function saveCsv(filename: string, csv: string): Promise<void> {
  return saveTextFile(filename, csv.startsWith(BOM) ? csv : BOM + csv, 'text/csv')
}
