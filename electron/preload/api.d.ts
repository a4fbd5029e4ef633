import type { RoundtableApi } from '../../shared/ipc'

declare global {
  interface Window {
    /** Present inside Electron (the preload); absent in web mode. */
    roundtable?: RoundtableApi
  }
}
export {}
