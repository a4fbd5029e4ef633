import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { safeFileName, writeAtomically, type FileSaver } from './export/fileSaver'

/** In the desktop app, exports go where the user chooses in a Save dialog. */
export const dialogSaver: FileSaver = async (suggestedName, bytes) => {
  const name = safeFileName(suggestedName)
  const isCsv = name.toLowerCase().endsWith('.csv')
  const window = BrowserWindow.getFocusedWindow()
  const options = {
    title: 'Save export',
    defaultPath: join(app.getPath('documents'), name),
    filters: isCsv ? [{ name: 'CSV (Excel)', extensions: ['csv'] }] : [{ name: 'Word document', extensions: ['docx'] }],
  }
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) return null
  writeAtomically(result.filePath, bytes)
  return result.filePath
}
