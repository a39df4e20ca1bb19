import Taro from '@tarojs/taro'

const BOM = '\uFEFF'

/**
 * Hands a CSV file to the person: a download in H5; in the mini-program a file written to the user
 * data folder and shared to a chat (电脑微信 opens it in Excel). UTF-8 with a BOM, or Excel garbles Chinese.
 */
export async function saveCsv(filename: string, csv: string): Promise<void> {
  const text = csv.startsWith(BOM) ? csv : BOM + csv
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = filename
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    return
  }
  const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({ filePath, data: text, encoding: 'utf8', success: () => resolve(), fail: (error) => reject(new Error(error.errMsg)) })
  })
  await Taro.shareFileMessage({ filePath, fileName: filename })
}
