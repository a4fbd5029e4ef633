/** A screen the signed-in user's role does not open (reached by its address): says so, names who can. */
export function NotForYou({ title }: { title: string }) {
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p className="notice">Only an administrator can see this screen.</p>
    </>
  )
}
