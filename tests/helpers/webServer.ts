import { spawn, type ChildProcess } from 'node:child_process'

/** Starts the built loopback server (out-web/server.mjs) on a free port; resolves with the URL it prints (`--demo` loads a year first: give it minutes). */
export function startWebServer(
  dataDir: string,
  extraArgs: readonly string[] = [],
  timeoutMs = 15_000,
): Promise<{ url: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['out-web/server.mjs', '--data-dir', dataDir, '--port', '0', ...extraArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const timer = setTimeout(() => reject(new Error(`Web server did not start:\n${output}`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /ROUNDTABLE_URL=(\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve({ url: match[1], process: child })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Web server exited with ${code}:\n${output}`))
    })
  })
}

export function stopWebServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.removeAllListeners('exit')
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
