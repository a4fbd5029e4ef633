import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App } from './App'
import { listenForChanges } from './api/client'
import { AnnouncerProvider } from './components/Announcer'
import './styles/app.css'

const queryClient = new QueryClient({
  defaultOptions: {
    // Local data: no background refetch storms, no retries that hide errors.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
  },
})

// What any write changes (here or in another window) refetches what shows it.
listenForChanges(queryClient)

const root = document.getElementById('root')
if (!root) throw new Error('No #root element')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AnnouncerProvider>
        <App />
      </AnnouncerProvider>
    </QueryClientProvider>
  </StrictMode>,
)
