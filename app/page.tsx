export default function StartPage() {
  return (
    <>
      <h1 className="text-4xl font-bold">Check what relief may be open after a federal case</h1>
      <p className="mt-4">
        <a href="/screener/" className="inline-block rounded bg-ok px-5 py-3 font-bold text-white">
          Start now
        </a>
      </p>
    </>
  );
}
