import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p className="lead">
        Easel has no page here. <Link href="/">Choose an install target</Link>.
      </p>
    </div>
  );
}
