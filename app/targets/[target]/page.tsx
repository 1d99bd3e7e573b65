import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { serverSettings } from "@/lib/server/settings";
import { findTarget, TARGETS } from "@/lib/targets/catalog";
import { FormSkeleton } from "@/components/config/form-skeleton";
import { TargetWorkspace } from "@/components/config/target-workspace";
import { SecureContextGate } from "@/components/secure-context-gate";

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
  return (
    <div className="page page-wide">
      <h1>Configure PaletteAI on {target.name}</h1>
      {/* Keyed, so a switch of target always starts a fresh form that picks up the hand-off. */}
      <SecureContextGate>
        <TargetWorkspace
          key={target.id}
          targetId={target.id}
          clusterFeatures={serverSettings().clusterFeatures}
          skeleton={<FormSkeleton targetId={target.id} />}
        />
      </SecureContextGate>
    </div>
  );
}
