import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { findTarget, TARGETS } from "@/lib/targets/registry";
import { GkeWorkspace } from "@/components/config/gke-workspace";

type TargetPageProps = { params: Promise<{ target: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return TARGETS.map((target) => ({ target: target.id }));
}

export async function generateMetadata({ params }: TargetPageProps): Promise<Metadata> {
  const target = findTarget((await params).target);
  return { title: target ? `${target.name}: Easel` : "Easel" };
}

export default async function TargetPage({ params }: TargetPageProps) {
  const target = findTarget((await params).target);
  if (!target) notFound();
  if (!target.isAvailable) {
    return (
      <div className="page">
        <h1>{target.name}</h1>
        <p className="lead">
          Easel does not have a form for this target yet.{" "}
          <Link href="/">Choose another target</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="page page-wide">
      <h1>Configure PaletteAI on {target.name}</h1>
      <p className="lead">
        Enter your domain and hub API server; everything else has a working default you can change.
      </p>
      <GkeWorkspace />
    </div>
  );
}
