import type { RoundtableApi, RoundtableEvents } from '../../shared/ipc'

declare global {
  interface Window {
    /** Present inside Electron (the preload); absent in web mode. */
    roundtable?: RoundtableApi
    /** What other windows changed (Electron only; web mode has its event stream). */
    roundtableEvents?: RoundtableEvents
  }
}
export {}
