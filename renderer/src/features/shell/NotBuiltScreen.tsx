/** Said plainly: this screen is planned and does not work yet. */
export function NotBuiltScreen({ title }: { title: string }) {
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p>This screen has not been built yet. Use the Cases screen in the meantime.</p>
    </>
  )
}
